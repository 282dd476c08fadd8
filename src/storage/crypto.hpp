// Private: the few libsodium primitives the review and enforcement stores use, behind std::string
// so that sodium.h stays out of every other translation unit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace abusemon::detail::crypto {

/// sodium_init(), once per process; throws error(internal) if libsodium cannot initialise.
void init();

/// SHA-256 of `data` (32 raw bytes).
std::string sha256(std::string_view data);
/// HMAC-SHA-256 of `data` under a 32-byte key (32 raw bytes).
std::string hmac_sha256(std::string_view key, std::string_view data);
/// Keyed BLAKE2b: a 32-byte subkey of a 32-byte master key for one purpose (domain separation).
std::string derive_key(std::string_view master, std::string_view purpose);
/// `n` random bytes.
std::string random_bytes(std::size_t n);
/// Lower-case hex.
std::string hex(std::string_view raw);
/// Constant-time equality of two byte strings (false when sizes differ).
bool equal(std::string_view a, std::string_view b);
/// Overwrites the string's bytes with zeros (not optimised away).
void wipe(std::string& s);

/// XChaCha20-Poly1305 (IETF) with a fresh random nonce: returns nonce || ciphertext+tag.
std::string seal(std::string_view key, std::string_view plaintext, std::string_view ad);
/// Inverse of seal(); false if the box was altered, moved (other `ad`) or the key is wrong.
bool open(std::string_view key, std::string_view box, std::string_view ad, std::string& out);

/// Little-endian fixed-width encoding, for hashing structured records unambiguously.
void put_u64(std::string& out, std::uint64_t v);
/// Length-prefixed field (u64 length + bytes).
void put_field(std::string& out, std::string_view v);

}  // namespace abusemon::detail::crypto
