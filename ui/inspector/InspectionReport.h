#pragma once

#include "TokenLayout.h"
#include "VerificationKeys.h"
#include "jose/Inspector.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace claimsmith::ui::inspector {

// What the banner says, most severe first.
enum class Verdict
{
    Empty,     // nothing pasted
    Malformed, // not a token: wrong parts, damaged base64url, a header that is not JSON
    Invalid,   // the signature does not verify (or may not be verified)
    NoKey,     // a key was given, but none fits the token
    Rejected,  // the signature verifies, but a check failed
    Unchecked, // no key, so the signature was not checked
    Valid      // the signature verifies and every check passed
};

// One line of the problem list: a problem from core, or a note about the
// paste or the key.
struct ListedProblem
{
    jose::Severity severity = jose::Severity::Error;
    QString code;     // core's code; "paste" and "key_state" for the page's own
    QString message;  // plain words
    QString claim;    // "exp", "aud", "header alg", … or empty
    QString location; // where in the pasted text, or empty
    // The characters to mark in the token field (text positions), if any.
    qsizetype markStart = -1;
    qsizetype markLength = 0;
};

// A time claim of the payload (NumericDate).
struct TimeClaim
{
    QString name; // "exp", "nbf", "iat", "auth_time"
    double seconds = 0;
};

// Everything the page shows about one pasted text, made off the GUI thread.
struct InspectionReport
{
    Q_DECLARE_TR_FUNCTIONS(InspectionReport)

public:
    QString text; // the text this report is about
    TokenLayout layout;
    jose::Inspection inspection;
    Verdict verdict = Verdict::Empty;
    QString keyId;      // the key that verified the signature
    QString algorithm;  // the header's alg when known
    QString headerText; // pretty JSON, or the decoded text
    bool headerIsJson = false;
    QString payloadText;
    bool payloadIsJson = false;
    // The part is not strict base64url and was decoded leniently to show it.
    bool headerDamaged = false;
    bool payloadDamaged = false;
    // What the views show: the same, with very long lines cut (laying out a
    // megabyte line would stall the GUI); the copy buttons copy the whole.
    QString headerShown;
    QString payloadShown;
    bool shortened = false;
    std::vector<ListedProblem> problems; // errors first, then warnings, then notes
    std::vector<TimeClaim> times;
    std::int64_t checkedAt = 0; // the "now" the claims were checked at (Unix seconds)
    std::int64_t leeway = 0;
    int errorCount = 0;
    int warningCount = 0;

    // Decodes and checks `text` with `keys` (none: the signature is not checked).
    static std::shared_ptr<const InspectionReport>
    make(const QString& text, const VerificationKeys& keys, const jose::InspectOptions& options);

    // The claim a problem of core concerns: "exp", "header alg", …, or empty.
    static QString claimOf(const jose::Problem& problem);
};

} // namespace claimsmith::ui::inspector
