#include "JsonlFormat.h"

#include "ForeignRecord.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "model/ModelJson.h"

namespace claimsmith::store::io {

namespace jsonl {

std::string line(std::string_view type, const json::Value& object)
{
    std::string out = "{\"type\":";
    json::appendQuoted(out, type);
    if (object.isObject()) {
        for (const json::Member& m : object.object()) {
            out += ',';
            json::appendQuoted(out, m.key);
            out += ':';
            json::write(out, m.value);
        }
    }
    out += "}\n";
    return out;
}

} // namespace jsonl

namespace {

const char* const kTypes = "settings, permission, role, organization, user, membership, "
                           "application, template or signing_key";

bool isBlank(std::string_view s)
{
    return s.find_first_not_of(" \t\r") == std::string_view::npos;
}

// The value, or nothing with the problem set on `out`; unknown members become warnings.
template <class T>
std::optional<T> accept(model::Parsed<T> parsed, const model::UnknownFields& unknown,
                        SourceRecord& out, const std::string& prefix = {})
{
    if (!parsed.ok()) {
        std::string field = parsed.error->field;
        if (!prefix.empty())
            field = field.empty() ? prefix : prefix + "." + field;
        out.error = fieldProblem(out.line, field, parsed.error->message);
        return std::nullopt;
    }
    for (const std::string& u : unknown)
        out.warnings.push_back("unknown member " + (prefix.empty() ? u : prefix + "." + u) +
                               " ignored");
    return std::move(parsed.value);
}

template <class T>
void take(model::Parsed<T> parsed, const model::UnknownFields& unknown, SourceRecord& out)
{
    if (std::optional<T> value = accept(std::move(parsed), unknown, out))
        out.item = std::move(*value);
}

void readSettings(const json::Value& object, SourceRecord& out)
{
    SettingsItem s;
    ForeignRecord r(object, {}, "a settings record");
    s.limitsProfile = r.string("limits_profile");
    s.issuer = r.string("issuer");
    if (!r.ok()) {
        out.error = fieldProblem(out.line, r.error()->field, r.error()->message);
        return;
    }
    for (const json::Member& m : object.object()) {
        if (m.key != "limits_profile" && m.key != "issuer")
            out.warnings.push_back("unknown member " + m.key + " ignored");
    }
    out.item = std::move(s);
}

void readTemplate(json::Value object, SourceRecord& out)
{
    json::Value versions;
    if (json::Value* v = object.find("versions")) {
        versions = std::move(*v);
        object.remove("versions");
    }
    model::UnknownFields unknown;
    std::optional<model::Template> tmpl =
        accept(model::templateFromJson(object, &unknown), unknown, out);
    if (!tmpl)
        return;
    if (!versions.isArray()) {
        out.error = fieldProblem(out.line, "versions",
                                 versions.isNull() ? "required (every version of the template)"
                                                   : "must be an array, not " + describe(versions));
        return;
    }
    TemplateItem item;
    item.tmpl = std::move(*tmpl);
    for (std::size_t i = 0; i < versions.array().size(); ++i) {
        unknown.clear();
        std::optional<model::TemplateVersion> v =
            accept(model::templateVersionFromJson(versions.array()[i], &unknown), unknown, out,
                   model::indexPath("versions", i));
        if (!v)
            return;
        item.versions.push_back(std::move(*v));
    }
    out.item = std::move(item);
}

} // namespace

JsonlSource::JsonlSource(QIODevice& device)
    : m_lines(device)
{}

void JsonlSource::readObject(json::Value object, SourceRecord& out)
{
    if (!object.isObject()) {
        out.error =
            fieldProblem(out.line, {}, "a record must be a JSON object, not " + describe(object));
        return;
    }
    const json::Value* typeValue = object.find("type");
    if (!typeValue) {
        out.error = fieldProblem(out.line, "type", std::string("required: one of ") + kTypes);
        return;
    }
    if (!typeValue->isString()) {
        out.error = fieldProblem(out.line, "type", "must be a string, not " + describe(*typeValue));
        return;
    }
    const std::string type = typeValue->string();
    object.remove("type");
    model::UnknownFields unknown;
    if (type == jsonl::kSettings)
        readSettings(object, out);
    else if (type == jsonl::kPermission)
        take(model::permissionFromJson(object, &unknown), unknown, out);
    else if (type == jsonl::kRole)
        take(model::roleFromJson(object, &unknown), unknown, out);
    else if (type == jsonl::kOrganization)
        take(model::organizationFromJson(object, &unknown), unknown, out);
    else if (type == jsonl::kUser)
        take(model::userFromJson(object, &unknown), unknown, out);
    else if (type == jsonl::kMembership)
        take(model::membershipFromJson(object, &unknown), unknown, out);
    else if (type == jsonl::kApplication)
        take(model::applicationFromJson(object, &unknown), unknown, out);
    else if (type == jsonl::kTemplate)
        readTemplate(std::move(object), out);
    else if (type == jsonl::kSigningKey) {
        const json::Value* kid = object.find("kid");
        const std::string name = kid && kid->isString() ? " " + kid->string() : std::string();
        out.item = IgnoredItem{"signing key" + name +
                               " not imported: private keys never leave a store; add keys to "
                               "this store with claimsmith keys add"};
    } else {
        out.error = fieldProblem(out.line, "type",
                                 "unknown record type \"" + type + "\" (expected " + kTypes + ")");
    }
}

bool nextJsonLine(LineReader& lines, SourceRecord& out, json::Value& value,
                  std::optional<Problem>& fatal)
{
    for (;;) {
        const LineReader::Status status = lines.next();
        if (status == LineReader::Status::End)
            return false;
        if (status == LineReader::Status::Error) {
            fatal =
                Problem{lines.lineNumber(), 0, {}, "cannot read the input: " + lines.errorString()};
            return false;
        }
        out = SourceRecord{};
        out.line = lines.lineNumber();
        value = json::Value();
        if (status == LineReader::Status::TooLong) {
            out.error = fieldProblem(out.line, {},
                                     "line " + std::to_string(out.line) + " is " +
                                         megabytes(lines.length()) + "; records are limited to " +
                                         megabytes(kMaxRecordBytes));
            return true;
        }
        if (isBlank(lines.text()))
            continue;
        json::ParseResult parsed = json::parse(lines.text());
        if (!parsed.ok) {
            out.error = fieldProblem(out.line, {},
                                     "not valid JSON: " + parsed.error.message + " (column " +
                                         std::to_string(parsed.error.column) + ")");
            return true;
        }
        value = std::move(parsed.value);
        return true;
    }
}

bool JsonlSource::next(SourceRecord& out)
{
    json::Value value;
    if (!nextJsonLine(m_lines, out, value, m_fatal))
        return false;
    if (!out.error)
        readObject(std::move(value), out);
    return true;
}

} // namespace claimsmith::store::io
