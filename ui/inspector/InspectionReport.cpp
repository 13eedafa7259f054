#include "InspectionReport.h"

#include "json/Base64.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QDateTime>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString prettyJson(const json::Value& v)
{
    json::WriteOptions pretty;
    pretty.pretty = true;
    return qs(json::toString(v, pretty));
}

// A character for a message: itself when it can be seen, else its code.
QString shownCharacter(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return u"“%1”"_s.arg(c);
    return u"U+%1"_s.arg(static_cast<uint>(c.unicode()), 4, 16, QChar(u'0')).toUpper();
}

QString partName(int index)
{
    switch (index) {
    case 0:
        return InspectionReport::tr("header");
    case 1:
        return InspectionReport::tr("payload");
    case 2:
        return InspectionReport::tr("signature");
    }
    return InspectionReport::tr("part %1").arg(index + 1);
}

int rank(jose::Severity s)
{
    switch (s) {
    case jose::Severity::Error:
        return 0;
    case jose::Severity::Warning:
        return 1;
    case jose::Severity::Info:
        return 2;
    }
    return 3;
}

// Points a bad_base64 problem at its first bad character.
void locateBase64(const TokenLayout& layout, int part, ListedProblem& p)
{
    const qsizetype at = layout.firstBadPosition(part);
    if (at < 0)
        return;
    const qsizetype textAt = layout.textPosition(at);
    p.location = InspectionReport::tr("Part %1 (the %2), character %3 of the pasted text: %4")
                     .arg(part + 1)
                     .arg(partName(part))
                     .arg(textAt + 1)
                     .arg(shownCharacter(layout.token()[at]));
    p.markStart = textAt;
    p.markLength = 1;
}

// Points a wrong_segment_count problem at the dot that is one too many.
void locateSegments(const TokenLayout& layout, ListedProblem& p)
{
    const auto& dots = layout.dots();
    if (dots.size() > 2 && dots.size() != 4) {
        const qsizetype textAt = layout.textPosition(dots[2]);
        p.location = InspectionReport::tr("The third dot, at character %1 of the pasted text, "
                                          "starts a part too many.")
                         .arg(textAt + 1);
        p.markStart = textAt;
        p.markLength = 1;
    } else if (dots.size() == 1) {
        const qsizetype textAt = layout.textPosition(dots[0]);
        p.location = InspectionReport::tr("The only dot is at character %1 of the pasted text; "
                                          "the part after it is the last one.")
                         .arg(textAt + 1);
        p.markStart = textAt;
        p.markLength = 1;
    } else if (dots.empty()) {
        p.location = InspectionReport::tr("There is no dot in the pasted text.");
    }
}

// Lines and text longer than this are cut for display.
constexpr qsizetype kLongLine = 4000;
constexpr qsizetype kLongText = 200000;

QString shortenForView(const QString& text, bool& cut)
{
    if (text.size() <= kLongLine)
        return text;
    QString out;
    out.reserve(std::min(text.size(), kLongText) + 200);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype newline = text.indexOf(u'\n', pos);
        const qsizetype end = newline < 0 ? text.size() : newline;
        const qsizetype length = end - pos;
        if (length > kLongLine) {
            out += QStringView(text).sliced(pos, kLongLine);
            out += InspectionReport::tr("… (%1 more characters)").arg(length - kLongLine);
            cut = true;
        } else {
            out += QStringView(text).sliced(pos, length);
        }
        if (newline >= 0)
            out += u'\n';
        pos = end + 1;
        if (out.size() > kLongText && pos < text.size()) {
            out += InspectionReport::tr("… (%1 more characters)").arg(text.size() - pos);
            cut = true;
            break;
        }
    }
    return out;
}

// A part as far as it can be read: decoded leniently when it is not strict
// base64url (the page says so), pretty-printed when that gives JSON.
void decodeDamaged(const TokenLayout& layout, int part, QString& text, bool& isJson, bool& damaged)
{
    std::string encoded = layout.part(part).toString().toStdString();
    std::string decoded;
    if (base64::decodeUrlStrict(encoded, decoded)) {
        damaged = false;
    } else {
        // Padding in the wrong place is the usual damage: read past it.
        encoded.erase(std::remove(encoded.begin(), encoded.end(), '='), encoded.end());
        if (!base64::decodeLenient(encoded, decoded))
            return;
        damaged = true;
    }
    const json::ParseResult parsed = json::parse(decoded);
    isJson = parsed.ok;
    text = parsed.ok ? prettyJson(parsed.value)
                     : QString::fromUtf8(decoded.data(), static_cast<qsizetype>(decoded.size()));
}

std::int64_t systemNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

QString InspectionReport::claimOf(const jose::Problem& problem)
{
    static const std::map<std::string, const char*, std::less<>> claims = {
        {"expired", "exp"},          {"no_expiry", "exp"},        {"not_yet_valid", "nbf"},
        {"issued_in_future", "iat"}, {"missing_audience", "aud"}, {"wrong_audience", "aud"},
        {"missing_issuer", "iss"},   {"wrong_issuer", "iss"},
    };
    static const std::map<std::string, const char*, std::less<>> headerMembers = {
        {"alg_missing", "alg"},       {"alg_none", "alg"},         {"alg_unknown", "alg"},
        {"key_confusion", "alg"},     {"key_alg_mismatch", "alg"}, {"wrong_curve", "alg"},
        {"crit_unsupported", "crit"}, {"no_matching_key", "kid"},
    };
    if (const auto it = claims.find(problem.code); it != claims.end())
        return QString::fromLatin1(it->second);
    if (const auto it = headerMembers.find(problem.code); it != headerMembers.end())
        return tr("header %1").arg(QString::fromLatin1(it->second));
    // invalid_claim messages start with the claim's name in quotes.
    if (problem.code == "invalid_claim" && problem.message.size() > 2 &&
        problem.message.front() == '"') {
        const std::size_t close = problem.message.find('"', 1);
        if (close != std::string::npos && close < 40)
            return qs(problem.message.substr(1, close - 1));
    }
    return {};
}

std::shared_ptr<const InspectionReport> InspectionReport::make(const QString& text,
                                                               const VerificationKeys& keys,
                                                               const jose::InspectOptions& options)
{
    auto report = std::make_shared<InspectionReport>();
    report->text = text;
    report->layout = TokenLayout::of(text);
    report->checkedAt = options.now ? *options.now : systemNow();
    report->leeway = options.leeway;
    if (report->layout.isEmpty())
        return report;
    const TokenLayout& layout = report->layout;

    jose::InspectOptions checked = options;
    checked.now = report->checkedAt;
    report->inspection = keys.inspect(layout.tokenUtf8(), checked);
    const jose::Inspection& inspection = report->inspection;

    // The problems, each with its claim and, for broken parts, where.
    std::vector<ListedProblem>& problems = report->problems;
    for (const PasteNote& note : layout.notes())
        problems.push_back({note.severity, u"paste"_s, note.message, {}, {}, -1, 0});
    std::vector<int> badParts;
    for (int part = 0; part < std::min(layout.partCount(), 3); ++part) {
        if (layout.firstBadPosition(part) >= 0)
            badParts.push_back(part);
    }
    std::size_t nextBadPart = 0;
    for (const jose::Problem& problem : inspection.problems) {
        ListedProblem p{
            problem.severity, qs(problem.code), qs(problem.message), claimOf(problem), {}, -1, 0};
        if (problem.code == "bad_base64" && nextBadPart < badParts.size())
            locateBase64(layout, badParts[nextBadPart++], p);
        else if (problem.code == "wrong_segment_count")
            locateSegments(layout, p);
        problems.push_back(std::move(p));
    }

    if (inspection.algorithm)
        report->algorithm = QString::fromLatin1(jose::algorithmName(*inspection.algorithm));
    else if (const json::Value* alg = inspection.header.find("alg"); alg && alg->isString())
        report->algorithm = qs(alg->string());
    report->keyId = qs(inspection.keyId);

    // A store key that signed the token but is not the active one.
    if (inspection.signature == jose::Inspection::Signature::Valid &&
        keys.origin() == VerificationKeys::Origin::Store) {
        if (const VerificationKeys::StoreKey* key = keys.storeKey(inspection.keyId)) {
            if (key->state == model::KeyState::Retired)
                problems.push_back(
                    {jose::Severity::Warning,
                     u"key_state"_s,
                     tr("The key that signed this token is retired%1: the store's JWKS no "
                        "longer publishes it, so services that fetch the JWKS reject the token.")
                         .arg(key->retiredAt
                                  ? tr(" (since %1)")
                                        .arg(QDateTime::fromMSecsSinceEpoch(*key->retiredAt)
                                                 .toString(u"yyyy-MM-dd HH:mm"_s))
                                  : QString()),
                     tr("header kid"),
                     {},
                     -1,
                     0});
            else if (key->state == model::KeyState::Next)
                problems.push_back(
                    {jose::Severity::Info,
                     u"key_state"_s,
                     tr("The key that signed this token is the store's next key, not the active "
                        "one. The JWKS already publishes it, so services accept the token."),
                     tr("header kid"),
                     {},
                     -1,
                     0});
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ListedProblem& a, const ListedProblem& b) {
                         return rank(a.severity) < rank(b.severity);
                     });
    for (const ListedProblem& p : problems) {
        report->errorCount += p.severity == jose::Severity::Error ? 1 : 0;
        report->warningCount += p.severity == jose::Severity::Warning ? 1 : 0;
    }

    // The decoded parts: JSON pretty-printed in its own order, else as text.
    if (inspection.header.isObject()) {
        report->headerText = prettyJson(inspection.header);
        report->headerIsJson = true;
    } else if (layout.partCount() > 1 || !layout.token().startsWith(u'{')) {
        decodeDamaged(layout, 0, report->headerText, report->headerIsJson, report->headerDamaged);
    }
    if (layout.partCount() < 2) {
        // No payload to show.
    } else if (layout.firstBadPosition(1) >= 0) {
        decodeDamaged(layout, 1, report->payloadText, report->payloadIsJson,
                      report->payloadDamaged);
    } else if (!inspection.payload.isNull()) {
        report->payloadText = prettyJson(inspection.payload);
        report->payloadIsJson = true;
    } else {
        report->payloadText = QString::fromUtf8(
            inspection.payloadText.data(), static_cast<qsizetype>(inspection.payloadText.size()));
    }
    report->headerShown = shortenForView(report->headerText, report->shortened);
    report->payloadShown = shortenForView(report->payloadText, report->shortened);
    if (inspection.payload.isObject()) {
        for (const char* name : {"iat", "nbf", "exp", "auth_time"}) {
            const json::Value* v = inspection.payload.find(name);
            if (v && v->isNumber() && std::isfinite(v->toDouble()))
                report->times.push_back({QString::fromLatin1(name), v->toDouble()});
        }
    }

    using Signature = jose::Inspection::Signature;
    const bool malformed = std::any_of(
        inspection.problems.begin(), inspection.problems.end(), [](const jose::Problem& p) {
            return p.code == "empty_token" || p.code == "json_serialization" ||
                   p.code == "wrong_segment_count" || p.code == "bad_base64" ||
                   p.code == "bad_header_json" || p.code == "duplicate_header_member";
        });
    if (inspection.header.isNull() || malformed)
        report->verdict = Verdict::Malformed;
    else if (inspection.signature == Signature::Valid)
        report->verdict = inspection.ok() ? Verdict::Valid : Verdict::Rejected;
    else if (inspection.signature == Signature::Invalid)
        report->verdict = inspection.find("no_matching_key") ? Verdict::NoKey : Verdict::Invalid;
    else
        report->verdict = Verdict::Unchecked;
    return report;
}

} // namespace claimsmith::ui::inspector
