#include "DemoWords.h"

namespace claimsmith::demo {

namespace {

using L = Weighted<std::string_view>;

constexpr std::string_view kEngineering[] = {"Software Engineer",
                                             "Senior Software Engineer",
                                             "Staff Engineer",
                                             "Engineering Manager",
                                             "Site Reliability Engineer",
                                             "QA Engineer",
                                             "Frontend Developer",
                                             "Data Engineer",
                                             "Principal Engineer"};
constexpr std::string_view kSales[] = {"Account Executive", "Sales Development Representative",
                                       "Sales Manager", "Solutions Engineer", "VP of Sales"};
constexpr std::string_view kSuccess[] = {"Customer Success Manager", "Support Engineer",
                                         "Support Specialist", "Head of Support"};
constexpr std::string_view kMarketing[] = {"Marketing Manager", "Content Strategist",
                                           "Growth Marketer", "Product Marketing Manager",
                                           "Brand Designer"};
constexpr std::string_view kProduct[] = {"Product Manager", "Senior Product Manager",
                                         "Product Designer", "UX Researcher"};
constexpr std::string_view kFinance[] = {"Accountant", "Financial Analyst", "Controller",
                                         "Chief Financial Officer"};
constexpr std::string_view kPeople[] = {"HR Business Partner", "Recruiter",
                                        "People Operations Specialist"};
constexpr std::string_view kOperations[] = {"Operations Manager", "Business Analyst",
                                            "Project Manager", "Office Manager"};
constexpr std::string_view kLegal[] = {"Legal Counsel", "Paralegal", "Compliance Officer"};
constexpr std::string_view kItTitles[] = {"IT Administrator", "Security Engineer",
                                          "Systems Administrator", "Help Desk Technician"};
constexpr std::string_view kResearch[] = {"Research Scientist", "Data Scientist", "Lab Technician"};
constexpr std::string_view kExecutive[] = {"Chief Executive Officer", "Chief Operating Officer",
                                           "Chief Technology Officer", "Chief of Staff"};

constexpr Department kDepartments[] = {
    {"Engineering", kEngineering},
    {"Sales", kSales},
    {"Customer Success", kSuccess},
    {"Marketing", kMarketing},
    {"Product", kProduct},
    {"Finance", kFinance},
    {"Human Resources", kPeople},
    {"Operations", kOperations},
    {"Legal", kLegal},
    {"IT", kItTitles},
    {"Research & Development", kResearch},
    {"Executive", kExecutive},
};
constexpr Weighted<const Department*> kDepartmentWeights[] = {
    {&kDepartments[0], 28}, {&kDepartments[1], 14}, {&kDepartments[2], 9},  {&kDepartments[3], 9},
    {&kDepartments[4], 7},  {&kDepartments[5], 6},  {&kDepartments[6], 5},  {&kDepartments[7], 8},
    {&kDepartments[8], 3},  {&kDepartments[9], 5},  {&kDepartments[10], 3}, {&kDepartments[11], 1},
};

constexpr Word kPrefixes[] = {
    {"Blue Harbor", "blueharbor"},
    {"Redwood", "redwood"},
    {"Silverline", "silverline"},
    {"Brightpath", "brightpath"},
    {"Cedar Grove", "cedargrove"},
    {"Nimbus", "nimbus"},
    {"Quantum", "quantum"},
    {"Atlas", "atlas"},
    {"Orbit", "orbit"},
    {"Pioneer", "pioneer"},
    {"Summit", "summit"},
    {"Evergreen", "evergreen"},
    {"Lumen", "lumen"},
    {"Vertex", "vertex"},
    {"Helix", "helix"},
    {"Polaris", "polaris"},
    {"Cobalt", "cobalt"},
    {"Maple", "maple"},
    {"Falcon", "falcon"},
    {"Granite", "granite"},
    {"Ironclad", "ironclad"},
    {"Juniper", "juniper"},
    {"Keystone", "keystone"},
    {"Lighthouse", "lighthouse"},
    {"Meridian", "meridian"},
    {"Northstar", "northstar"},
    {"Oakridge", "oakridge"},
    {"Pinnacle", "pinnacle"},
    {"Riverbend", "riverbend"},
    {"Sequoia", "sequoia"},
    {"Tidewater", "tidewater"},
    {"Vantage", "vantage"},
    {"Willow", "willow"},
    {"Zenith", "zenith"},
    {"Nordlicht", "nordlicht"},
    {"Bärenwald", "baerenwald"},
    {"Étoile", "etoile"},
    {"Kōyō", "koyo"},
    {"Øresund", "oresund"},
    {"Alcázar", "alcazar"},
    {"Fjällvind", "fjallvind"},
    {"Saffron", "saffron"},
};
constexpr Word kSuffixes[] = {
    {"Logistics", "logistics"},   {"Labs", "labs"},
    {"Health", "health"},         {"Analytics", "analytics"},
    {"Systems", "systems"},       {"Bank", "bank"},
    {"Foods", "foods"},           {"Energy", "energy"},
    {"Robotics", "robotics"},     {"Media", "media"},
    {"Capital", "capital"},       {"Software", "software"},
    {"Studios", "studios"},       {"Networks", "networks"},
    {"Biotech", "biotech"},       {"Insurance", "insurance"},
    {"Retail", "retail"},         {"Travel", "travel"},
    {"Motors", "motors"},         {"Pharma", "pharma"},
    {"Security", "security"},     {"Cloud", "cloud"},
    {"Learning", "learning"},     {"Games", "games"},
    {"Architects", "architects"}, {"Consulting", "consulting"},
    {"Telecom", "telecom"},       {"Ventures", "ventures"},
};
constexpr L kLegalForms[] = {{"", 40},       {"Inc.", 18},  {"LLC", 6},        {"Ltd", 7},
                             {"GmbH", 8},    {"AG", 3},     {"S.A.", 3},       {"SAS", 2},
                             {"B.V.", 2},    {"K.K.", 2},   {"Sp. z o.o.", 2}, {"AB", 2},
                             {"Pty Ltd", 2}, {"S.r.l.", 2}, {"& Co.", 1}};
constexpr L kTlds[] = {{"com", 55}, {"io", 12}, {"co", 6},    {"de", 6}, {"net", 4}, {"ai", 4},
                       {"fr", 3},   {"eu", 3},  {"co.uk", 3}, {"nl", 2}, {"jp", 2}};
constexpr L kMailProviders[] = {{"gmail.com", 55}, {"outlook.com", 18}, {"yahoo.com", 8},
                                {"icloud.com", 9}, {"proton.me", 5},    {"gmx.de", 5}};

} // namespace

std::span<const Weighted<const Department*>> departments()
{
    return kDepartmentWeights;
}

std::span<const Word> companyPrefixes()
{
    return kPrefixes;
}

std::span<const Word> companySuffixes()
{
    return kSuffixes;
}

std::span<const Weighted<std::string_view>> legalForms()
{
    return kLegalForms;
}

std::span<const Weighted<std::string_view>> topLevelDomains()
{
    return kTlds;
}

std::span<const Weighted<std::string_view>> mailProviders()
{
    return kMailProviders;
}

} // namespace claimsmith::demo
