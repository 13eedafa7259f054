#include "StoreVocabulary.h"

namespace claimsmith::issue {

store::Result<tmpl::Vocabulary> vocabularyOf(store::Store& s)
{
    using store::MetadataField;
    using store::MetadataObject;
    struct Source
    {
        tmpl::Bag bag;
        MetadataObject object;
        MetadataField field;
    };
    // Membership custom attributes are not indexed: that bag stays unknown,
    // so no key of it is reported missing.
    const Source sources[] = {
        {tmpl::Bag::UserMetadata, MetadataObject::User, MetadataField::Metadata},
        {tmpl::Bag::UserUserMetadata, MetadataObject::User, MetadataField::UserMetadata},
        {tmpl::Bag::UserSsoAttributes, MetadataObject::User, MetadataField::SsoAttributes},
        {tmpl::Bag::OrganizationMetadata, MetadataObject::Organization, MetadataField::Metadata},
        {tmpl::Bag::ApplicationMetadata, MetadataObject::Application, MetadataField::Metadata},
    };
    tmpl::Vocabulary v;
    for (const Source& src : sources) {
        store::Result<std::vector<store::MetadataKeyStats>> stats =
            s.metadataKeys(src.object, src.field);
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
