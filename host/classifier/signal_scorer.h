// Layers 3 and 4 of the classifier: weighs a cookie's signals (signal_weights.h) into a category,
// a confidence and a reason that lists the signals that decided. Weak evidence leans to necessary
// or functional, with low confidence, and says so.
#pragma once
#include "classifier/classifier.h"
#include "cookie_signals.h"

namespace consentry {

// The confidence is calibrated (signal_calibration.h); the reason lists the deciding signals with
// their weights.
Classification score_signals(const CookieSignals& signals);

// The raw strength the confidence is calibrated from (the winner's softmax share), for fitting
// and cross-validating the calibration (consentry-evaluate).
double signal_strength(const CookieSignals& signals);

}  // namespace consentry
