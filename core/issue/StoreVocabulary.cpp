#include "StoreVocabulary.h"

namespace claimsmith::issue {

namespace {

using store::MetadataField;
using store::MetadataObject;

struct Source
{
    tmpl::Bag bag;
    StoreBag store;
};

// Membership custom attributes are not indexed: that bag stays unknown, so
// no key of it is reported missing.
const Source kSources[] = {
    {tmpl::Bag::UserMetadata, {MetadataObject::User, MetadataField::Metadata}},
    {tmpl::Bag::UserUserMetadata, {MetadataObject::User, MetadataField::UserMetadata}},
    {tmpl::Bag::UserSsoAttributes, {MetadataObject::User, MetadataField::SsoAttributes}},
    {tmpl::Bag::OrganizationMetadata, {MetadataObject::Organization, MetadataField::Metadata}},
    {tmpl::Bag::ApplicationMetadata, {MetadataObject::Application, MetadataField::Metadata}},
};

} // namespace

std::optional<StoreBag> storeBagOf(tmpl::Bag bag)
{
    for (const Source& src : kSources) {
        if (src.bag == bag)
            return src.store;
    }
    return std::nullopt;
}

store::Result<tmpl::Vocabulary> vocabularyOf(store::Store& s)
{
    tmpl::Vocabulary v;
    for (const Source& src : kSources) {
        store::Result<std::vector<store::MetadataKeyStats>> stats =
            s.metadataKeys(src.store.object, src.store.field);
        if (!stats)
            return stats.error();
        std::vector<tmpl::KeyInfo> keys;
        keys.reserve(stats->size());
        for (const store::MetadataKeyStats& k : *stats)
            keys.push_back({k.key, k.count, k.kinds});
        v.setKeys(src.bag, std::move(keys));
    }
    store::Result<std::vector<model::Role>> roles = s.roles();
    if (!roles)
        return roles.error();
    for (const model::Role& r : *roles)
        v.roles.push_back({r.slug, r.name, r.description});
    store::Result<std::vector<model::Permission>> permissions = s.permissions();
    if (!permissions)
        return permissions.error();
    for (const model::Permission& p : *permissions)
        v.permissions.push_back({p.slug, p.name, p.description});
    return v;
}

} // namespace claimsmith::issue
