// Umbrella header of the abusemon C++ API.
#pragma once

#include "abusemon/batch.hpp"
#include "abusemon/enforcement.hpp"
#include "abusemon/error.hpp"
#include "abusemon/gate.hpp"
#include "abusemon/model.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/normalize.hpp"
#include "abusemon/policy.hpp"
#include "abusemon/review.hpp"
#include "abusemon/scorer.hpp"
#include "abusemon/tokenizer.hpp"
#include "abusemon/tracker.hpp"
#include "abusemon/types.hpp"
#include "abusemon/verdict.hpp"
#include "abusemon/version.hpp"
