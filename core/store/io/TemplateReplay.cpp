#include "TemplateReplay.h"

namespace claimsmith::store::io {

std::optional<WriteFailure> writeTemplate(Store& store, const TemplateItem& t)
{
    auto invalid = [](std::string field, std::string message) {
        return WriteFailure{Error::make(ErrorKind::Invalid, std::move(message), std::move(field))};
    };
    const std::vector<model::TemplateVersion>& versions = t.versions;
    const int count = static_cast<int>(versions.size());
    if (versions.empty())
        return invalid("versions", "a template has at least one version");
    for (int i = 0; i < count; ++i) {
        const std::string path = "versions[" + std::to_string(i) + "]";
        if (versions[i].number != i + 1)
            return invalid(path + ".version",
                           "versions must be numbered 1, 2, 3 … in order; found " +
                               std::to_string(versions[i].number) + " where " +
                               std::to_string(i + 1) + " belongs");
        if (versions[i].templateName != t.tmpl.name)
            return invalid(path + ".template_name", "is \"" + versions[i].templateName +
                                                        "\", not the template's name \"" +
                                                        t.tmpl.name + "\"");
    }
    if (t.tmpl.latestVersion != count)
        return invalid("latest_version", "is " + std::to_string(t.tmpl.latestVersion) +
                                             " but the record has " + std::to_string(count) +
                                             " versions");
    for (const auto& [env, number] : {std::pair{"staging_version", t.tmpl.stagingVersion},
                                      std::pair{"production_version", t.tmpl.productionVersion}}) {
        if (number && (*number < 1 || *number > count))
            return invalid(env, "names version " + std::to_string(*number) +
                                    ", which the record "
                                    "does not have");
    }

    Result<model::Template> restored = store.restoreTemplate(t.tmpl, versions);
    if (!restored)
        return WriteFailure{restored.error()};
    return std::nullopt;
}

} // namespace claimsmith::store::io
