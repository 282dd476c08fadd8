#include "storage/crypto.hpp"

#include <abusemon/error.hpp>

#include <sodium.h>

#include <stdexcept>

namespace abusemon::detail::crypto {

namespace {
const unsigned char* u(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}
unsigned char* u(std::string& s) {
  return reinterpret_cast<unsigned char*>(s.data());
}
}  // namespace

void init() {
  // sodium_init() is thread-safe and idempotent: 0 = initialised now, 1 = already initialised.
  if (sodium_init() < 0) throw error(status::internal, "libsodium failed to initialise");
}

std::string sha256(std::string_view data) {
  std::string out(crypto_hash_sha256_BYTES, '\0');
  crypto_hash_sha256(u(out), u(data), data.size());
  return out;
}

std::string hmac_sha256(std::string_view key, std::string_view data) {
  if (key.size() != crypto_auth_hmacsha256_KEYBYTES) {
    throw std::invalid_argument("hmac key must be 32 bytes");
  }
  std::string out(crypto_auth_hmacsha256_BYTES, '\0');
  crypto_auth_hmacsha256(u(out), u(data), data.size(), u(key));
  return out;
}

std::string derive_key(std::string_view master, std::string_view purpose) {
  std::string out(32, '\0');
  crypto_generichash(u(out), out.size(), u(purpose), purpose.size(), u(master), master.size());
  return out;
}

std::string random_bytes(std::size_t n) {
  std::string out(n, '\0');
  randombytes_buf(out.data(), n);
  return out;
}

std::string hex(std::string_view raw) {
  std::string out(raw.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), u(raw), raw.size());
  out.pop_back();
  return out;
}

bool equal(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || sodium_memcmp(a.data(), b.data(), a.size()) == 0);
}

void wipe(std::string& s) {
  if (!s.empty()) sodium_memzero(s.data(), s.size());
}

std::string seal(std::string_view key, std::string_view plaintext, std::string_view ad) {
  constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
  std::string out(kNonce + plaintext.size() + kTag, '\0');
  randombytes_buf(out.data(), kNonce);
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(u(out) + kNonce, &clen, u(plaintext), plaintext.size(),
                                             u(ad), ad.size(), nullptr, u(out), u(key));
  out.resize(kNonce + clen);
  return out;
}

bool open(std::string_view key, std::string_view box, std::string_view ad, std::string& out) {
  constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (box.size() < kNonce + kTag) return false;
  out.assign(box.size() - kNonce - kTag, '\0');
  unsigned long long mlen = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(u(out), &mlen, nullptr, u(box) + kNonce,
                                                 box.size() - kNonce, u(ad), ad.size(), u(box),
                                                 u(key)) != 0) {
    out.clear();
    return false;
  }
  out.resize(mlen);
  return true;
}

void put_u64(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void put_field(std::string& out, std::string_view v) {
  put_u64(out, v.size());
  out.append(v);
}

}  // namespace abusemon::detail::crypto
