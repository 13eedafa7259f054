#include "RolloutCheck.h"

#include "RolloutPipeline.h"
#include "RolloutTally.h"
#include "issue/ContextBuilder.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace claimsmith::rollout {

namespace {

using store::Error;
using store::ErrorKind;
using store::Result;

std::string diagnosticList(const std::vector<tmpl::Diagnostic>& diagnostics)
{
    std::string s;
    for (const tmpl::Diagnostic& d : diagnostics) {
        if (d.severity != tmpl::Severity::Error)
            continue;
        s += "\n  " + std::to_string(d.start.line) + ":" + std::to_string(d.start.column) + ": " +
             d.message + " [" + d.code + "]";
    }
    return s;
}

std::string templateNames(store::Store& store)
{
    Result<std::vector<model::Template>> all = store.templates();
    if (!all || all->empty())
        return "the store has no templates";
    std::string names;
    for (const model::Template& t : *all)
        names += (names.empty() ? "" : ", ") + t.name;
    return "the store has: " + names;
}

// One version of the template, compiled; NotFound names the versions there are.
Result<tmpl::Template> loadVersion(store::Store& store, const model::Template& t, int number,
                                   const char* field, const tmpl::CompileOptions& options)
{
    Result<model::TemplateVersion> v = store.templateVersion(t.name, number);
    if (!v) {
        if (v.error().kind != ErrorKind::NotFound)
            return v.error();
        return Error::make(ErrorKind::NotFound,
                           "the template " + t.name + " has no version " + std::to_string(number) +
                               "; its versions are 1 to " + std::to_string(t.latestVersion),
                           field);
    }
    return tmpl::Template::compile(v->content, options);
}

struct Setup
{
    RolloutReport report; // what the tally cannot know
    std::optional<RolloutPlan> plan;
    std::vector<model::Role> roles;
    std::optional<model::Application> application;
    std::unordered_map<std::string, model::Organization> organizations;
};

Error prepare(store::Store& store, const RolloutOptions& o, Setup& s)
{
    if (o.candidateText.has_value() == o.candidateVersion.has_value())
        return Error::make(ErrorKind::Invalid,
                           "give the candidate either as text or as a version of the template",
                           "candidate");
    Result<model::Template> t = store.templateByName(o.templateName);
    if (!t) {
        if (t.error().kind != ErrorKind::NotFound)
            return t.error();
        return Error::make(ErrorKind::NotFound,
                           "there is no template named \"" + o.templateName + "\"; " +
                               templateNames(store),
                           "template");
    }
    s.report.templateName = t->name;

    tmpl::CompileOptions compile;
    compile.profile = o.profile;
    std::optional<tmpl::Template> candidate;
    if (o.candidateText) {
        candidate = tmpl::Template::compile(*o.candidateText, compile);
    } else {
        Result<tmpl::Template> v = loadVersion(store, *t, *o.candidateVersion, "version", compile);
        if (!v)
            return v.error();
        candidate = std::move(v.value());
        s.report.candidateVersion = o.candidateVersion;
    }
    if (candidate->hasErrors())
        return Error::make(ErrorKind::Invalid,
                           "the candidate has errors; mend them before the rollout check:" +
                               diagnosticList(candidate->diagnostics()),
                           "candidate");

    std::optional<tmpl::Template> production;
    const std::optional<int> number =
        o.productionVersion ? o.productionVersion : t->productionVersion;
    if (number) {
        Result<tmpl::Template> v = loadVersion(store, *t, *number, "production_version", compile);
        if (!v)
            return v.error();
        if (v->hasErrors())
            return Error::make(ErrorKind::Internal,
                               "version " + std::to_string(*number) + " of the template " +
                                   t->name +
                                   " no longer compiles:" + diagnosticList(v->diagnostics()),
                               "production_version");
        production = std::move(v.value());
        s.report.productionVersion = number;
    }
    s.plan.emplace(std::move(*candidate), std::move(production), o.limits);

    Result<std::vector<model::Role>> roles = store.roles();
    if (!roles)
        return roles.error();
    s.roles = std::move(roles.value());
    Result<std::vector<model::Application>> apps = store.applications();
    if (!apps)
        return apps.error();
    for (model::Application& a : apps.value()) {
        const bool wanted = o.application.empty()
                                ? a.templateName == t->name
                                : a.id == o.application || a.clientId == o.application;
        if (wanted) {
            s.application = std::move(a);
            break;
        }
    }
    if (!o.application.empty() && !s.application)
        return Error::make(ErrorKind::NotFound,
                           "there is no application with the id or client id " + o.application,
                           "application");
    if (s.application)
        s.report.applicationId = s.application->id;

    store::OrganizationQuery q;
    q.limit = store::kMaxPageSize;
    for (;;) {
        Result<store::Page<model::Organization>> page = store.findOrganizations(q);
        if (!page)
            return page.error();
        for (model::Organization& org : page->items) {
            std::string id = org.id;
            s.organizations.emplace(std::move(id), std::move(org));
        }
        if (page->next.empty())
            break;
        q.after = page->next;
    }
    return {};
}

} // namespace

RolloutCheck::RolloutCheck(RolloutOptions options)
    : m_options(std::move(options))
{}

Result<RolloutReport> RolloutCheck::run(store::Store& store) const
{
    const auto started = std::chrono::steady_clock::now();
    Setup s;
    if (Error e = prepare(store, m_options, s))
        return e;
    Result<std::int64_t> total = store.userCount();
    if (!total)
        return total.error();

    issue::ContextBuilder builder(&s.plan->usedFields());
    builder.setRoles(s.roles);
    PipelineInputs in;
    in.plan = &*s.plan;
    in.builder = &builder;
    in.organizations = &s.organizations;
    in.application = s.application ? &*s.application : nullptr;
    in.threads = m_options.threads > 0
                     ? m_options.threads
                     : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    in.usersPerBatch = m_options.usersPerBatch;
    in.totalUsers = *total;
    in.progress = m_options.progress;
    in.cancel = m_options.cancel;
    in.rowSink = m_options.rowSink;

    RolloutTally tally(*s.plan);
    const PipelineResult result = runPipeline(store, in, tally);
    if (result.error)
        return result.error;
    RolloutReport report = std::move(s.report);
    tally.finish(report);
    report.cancelled = result.cancelled;
    report.durationMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - started)
                            .count();
    return report;
}

} // namespace claimsmith::rollout
