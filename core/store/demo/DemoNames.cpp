#include "DemoNames.h"

namespace claimsmith::demo {

namespace {

using L = Weighted<std::string_view>;

// English-speaking countries.
constexpr PersonName kEnFirst[] = {
    {"James", "james"},   {"Mary", "mary"},           {"Olivia", "olivia"},
    {"Liam", "liam"},     {"Emma", "emma"},           {"Noah", "noah"},
    {"Ava", "ava"},       {"Ethan", "ethan"},         {"Sophia", "sophia"},
    {"Mason", "mason"},   {"Chloe", "chloe"},         {"Zoë", "zoe"},
    {"Harper", "harper"}, {"Jack", "jack"},           {"Amelia", "amelia"},
    {"Oliver", "oliver"}, {"Grace", "grace"},         {"Henry", "henry"},
    {"Isla", "isla"},     {"Samuel", "samuel"},       {"Ruby", "ruby"},
    {"Daniel", "daniel"}, {"Charlotte", "charlotte"}, {"Michael", "michael"},
    {"Emily", "emily"},   {"Benjamin", "benjamin"},   {"Hannah", "hannah"},
    {"Renée", "renee"},   {"Aiden", "aiden"},         {"Madison", "madison"},
};
constexpr PersonName kEnLast[] = {
    {"Smith", "smith"},     {"Johnson", "johnson"},     {"Williams", "williams"},
    {"Brown", "brown"},     {"Jones", "jones"},         {"Miller", "miller"},
    {"Davis", "davis"},     {"Wilson", "wilson"},       {"Anderson", "anderson"},
    {"Taylor", "taylor"},   {"Thomas", "thomas"},       {"Moore", "moore"},
    {"Jackson", "jackson"}, {"Martin", "martin"},       {"Thompson", "thompson"},
    {"White", "white"},     {"Harris", "harris"},       {"Clark", "clark"},
    {"Lewis", "lewis"},     {"Walker", "walker"},       {"Hall", "hall"},
    {"Young", "young"},     {"King", "king"},           {"Wright", "wright"},
    {"O'Brien", "obrien"},  {"MacDonald", "macdonald"}, {"Murphy", "murphy"},
    {"Kelly", "kelly"},     {"Evans", "evans"},         {"Roberts", "roberts"},
};
constexpr L kEnLanguages[] = {{"en", 50}, {"en-US", 30}, {"en-GB", 15}, {"en-AU", 5}};
constexpr std::string_view kEnCities[] = {"New York", "San Francisco", "Chicago", "Austin",
                                          "Seattle",  "Boston",        "London",  "Manchester",
                                          "Toronto",  "Sydney",        "Dublin",  "Denver"};
constexpr std::string_view kEnZones[] = {
    "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver",
    "Europe/London",    "America/Toronto", "Australia/Sydney",    "Europe/Dublin"};

constexpr PersonName kEsFirst[] = {
    {"José", "jose"},     {"María", "maria"},   {"Lucía", "lucia"},
    {"Javier", "javier"}, {"Carmen", "carmen"}, {"Alejandro", "alejandro"},
    {"Sofía", "sofia"},   {"Diego", "diego"},   {"Valentina", "valentina"},
    {"Mateo", "mateo"},   {"Camila", "camila"}, {"Sebastián", "sebastian"},
    {"Andrés", "andres"}, {"Elena", "elena"},   {"Pablo", "pablo"},
    {"Isabel", "isabel"}, {"Martín", "martin"}, {"Paula", "paula"},
    {"Raúl", "raul"},     {"Inés", "ines"},
};
constexpr PersonName kEsLast[] = {
    {"García", "garcia"},     {"Martínez", "martinez"},   {"López", "lopez"},
    {"González", "gonzalez"}, {"Rodríguez", "rodriguez"}, {"Fernández", "fernandez"},
    {"Sánchez", "sanchez"},   {"Pérez", "perez"},         {"Gómez", "gomez"},
    {"Díaz", "diaz"},         {"Ruiz", "ruiz"},           {"Hernández", "hernandez"},
    {"Jiménez", "jimenez"},   {"Muñoz", "munoz"},         {"Álvarez", "alvarez"},
    {"Romero", "romero"},     {"Navarro", "navarro"},     {"Torres", "torres"},
    {"Castillo", "castillo"}, {"Ortega", "ortega"},
};
constexpr L kEsLanguages[] = {{"es", 60}, {"es-MX", 25}, {"es-AR", 10}, {"en", 5}};
constexpr std::string_view kEsCities[] = {"Madrid",  "Barcelona",        "Valencia",
                                          "Sevilla", "Ciudad de México", "Buenos Aires",
                                          "Bogotá",  "Santiago",         "Lima"};
constexpr std::string_view kEsZones[] = {"Europe/Madrid", "America/Mexico_City",
                                         "America/Argentina/Buenos_Aires", "America/Bogota",
                                         "America/Santiago"};

constexpr PersonName kPtFirst[] = {
    {"João", "joao"},           {"Ana", "ana"},         {"Gabriel", "gabriel"},
    {"Beatriz", "beatriz"},     {"Lucas", "lucas"},     {"Mariana", "mariana"},
    {"Rafael", "rafael"},       {"Larissa", "larissa"}, {"Thiago", "thiago"},
    {"Fernanda", "fernanda"},   {"Pedro", "pedro"},     {"Júlia", "julia"},
    {"Guilherme", "guilherme"}, {"Letícia", "leticia"}, {"Vinícius", "vinicius"},
    {"Camila", "camila"},
};
constexpr PersonName kPtLast[] = {
    {"Silva", "silva"},         {"Santos", "santos"},       {"Oliveira", "oliveira"},
    {"Souza", "souza"},         {"Rodrigues", "rodrigues"}, {"Ferreira", "ferreira"},
    {"Alves", "alves"},         {"Pereira", "pereira"},     {"Lima", "lima"},
    {"Gonçalves", "goncalves"}, {"Araújo", "araujo"},       {"Ribeiro", "ribeiro"},
    {"Carvalho", "carvalho"},   {"Conceição", "conceicao"}, {"Magalhães", "magalhaes"},
};
constexpr L kPtLanguages[] = {{"pt-BR", 75}, {"pt-PT", 20}, {"en", 5}};
constexpr std::string_view kPtCities[] = {"São Paulo", "Rio de Janeiro", "Belo Horizonte",
                                          "Lisboa",    "Porto",          "Curitiba"};
constexpr std::string_view kPtZones[] = {"America/Sao_Paulo", "Europe/Lisbon"};

constexpr PersonName kDeFirst[] = {
    {"Lukas", "lukas"},
    {"Anna", "anna"},
    {"Jürgen", "juergen"},
    {"Sophie", "sophie"},
    {"Maximilian", "maximilian"},
    {"Lea", "lea"},
    {"Felix", "felix"},
    {"Hannah", "hannah"},
    {"Jonas", "jonas"},
    {"Leonie", "leonie"},
    {"Björn", "bjoern"},
    {"Katharina", "katharina"},
    {"Tobias", "tobias"},
    {"Marie", "marie"},
    {"Sebastian", "sebastian"},
    {"Jörg", "joerg"},
    {"Lena", "lena"},
    {"Florian", "florian"},
    {"Mia", "mia"},
    {"Stefan", "stefan"},
};
constexpr PersonName kDeLast[] = {
    {"Müller", "mueller"},    {"Schmidt", "schmidt"},    {"Schneider", "schneider"},
    {"Fischer", "fischer"},   {"Weber", "weber"},        {"Meyer", "meyer"},
    {"Wagner", "wagner"},     {"Becker", "becker"},      {"Schulz", "schulz"},
    {"Hoffmann", "hoffmann"}, {"Schäfer", "schaefer"},   {"Koch", "koch"},
    {"Bauer", "bauer"},       {"Richter", "richter"},    {"Klein", "klein"},
    {"Wolf", "wolf"},         {"Schröder", "schroeder"}, {"Neumann", "neumann"},
    {"Schwarz", "schwarz"},   {"Groß", "gross"},
};
constexpr L kDeLanguages[] = {{"de", 70}, {"de-AT", 12}, {"de-CH", 10}, {"en", 8}};
constexpr std::string_view kDeCities[] = {"Berlin", "München",           "Hamburg",
                                          "Köln",   "Frankfurt am Main", "Wien",
                                          "Zürich", "Stuttgart",         "Leipzig"};
constexpr std::string_view kDeZones[] = {"Europe/Berlin", "Europe/Vienna", "Europe/Zurich"};

constexpr PersonName kFrFirst[] = {
    {"François", "francois"}, {"Camille", "camille"}, {"Léa", "lea"},
    {"Hugo", "hugo"},         {"Chloé", "chloe"},     {"Louis", "louis"},
    {"Manon", "manon"},       {"Théo", "theo"},       {"Inès", "ines"},
    {"Jules", "jules"},       {"Élodie", "elodie"},   {"Antoine", "antoine"},
    {"Margaux", "margaux"},   {"Mathis", "mathis"},   {"Céline", "celine"},
    {"Noé", "noe"},           {"Amélie", "amelie"},   {"Gaëlle", "gaelle"},
    {"Raphaël", "raphael"},   {"Océane", "oceane"},
};
constexpr PersonName kFrLast[] = {
    {"Martin", "martin"},   {"Bernard", "bernard"},   {"Dubois", "dubois"},
    {"Thomas", "thomas"},   {"Robert", "robert"},     {"Richard", "richard"},
    {"Petit", "petit"},     {"Durand", "durand"},     {"Leroy", "leroy"},
    {"Moreau", "moreau"},   {"Simon", "simon"},       {"Laurent", "laurent"},
    {"Lefèvre", "lefevre"}, {"Michel", "michel"},     {"Garnier", "garnier"},
    {"Faure", "faure"},     {"Rousseau", "rousseau"}, {"Blanc", "blanc"},
    {"Guérin", "guerin"},   {"Bonnet", "bonnet"},
};
constexpr L kFrLanguages[] = {{"fr", 75}, {"fr-CA", 12}, {"fr-BE", 5}, {"en", 8}};
constexpr std::string_view kFrCities[] = {"Paris", "Lyon",   "Marseille", "Toulouse", "Bordeaux",
                                          "Lille", "Nantes", "Montréal",  "Bruxelles"};
constexpr std::string_view kFrZones[] = {"Europe/Paris", "America/Toronto", "Europe/Brussels"};

constexpr PersonName kPlFirst[] = {
    {"Łukasz", "lukasz"},         {"Agnieszka", "agnieszka"}, {"Paweł", "pawel"},
    {"Małgorzata", "malgorzata"}, {"Krzysztof", "krzysztof"}, {"Katarzyna", "katarzyna"},
    {"Michał", "michal"},         {"Zofia", "zofia"},         {"Tomasz", "tomasz"},
    {"Joanna", "joanna"},         {"Wojciech", "wojciech"},   {"Aleksandra", "aleksandra"},
    {"Grzegorz", "grzegorz"},     {"Magdalena", "magdalena"}, {"Bartłomiej", "bartlomiej"},
    {"Żaneta", "zaneta"},
};
constexpr PersonName kPlLast[] = {
    {"Nowak", "nowak"},
    {"Kowalski", "kowalski"},
    {"Wiśniewski", "wisniewski"},
    {"Wójcik", "wojcik"},
    {"Kowalczyk", "kowalczyk"},
    {"Kamiński", "kaminski"},
    {"Lewandowski", "lewandowski"},
    {"Zieliński", "zielinski"},
    {"Szymański", "szymanski"},
    {"Woźniak", "wozniak"},
    {"Dąbrowski", "dabrowski"},
    {"Kozłowski", "kozlowski"},
    {"Jankowski", "jankowski"},
    {"Mazur", "mazur"},
    {"Krawczyk", "krawczyk"},
};
constexpr L kPlLanguages[] = {{"pl", 85}, {"en", 15}};
constexpr std::string_view kPlCities[] = {"Warszawa", "Kraków", "Wrocław",
                                          "Gdańsk",   "Poznań", "Łódź"};
constexpr std::string_view kPlZones[] = {"Europe/Warsaw"};

constexpr PersonName kNordicFirst[] = {
    {"Søren", "soren"}, {"Björn", "bjorn"}, {"Ingrid", "ingrid"},   {"Astrid", "astrid"},
    {"Lars", "lars"},   {"Freja", "freja"}, {"Magnus", "magnus"},   {"Sigrid", "sigrid"},
    {"Åsa", "asa"},     {"Olav", "olav"},   {"Linnéa", "linnea"},   {"Ólafur", "olafur"},
    {"Maja", "maja"},   {"Erik", "erik"},   {"Kristín", "kristin"}, {"Nils", "nils"},
};
constexpr PersonName kNordicLast[] = {
    {"Andersen", "andersen"},
    {"Hansen", "hansen"},
    {"Johansson", "johansson"},
    {"Nilsson", "nilsson"},
    {"Larsen", "larsen"},
    {"Eriksson", "eriksson"},
    {"Søndergaard", "sondergaard"},
    {"Lindqvist", "lindqvist"},
    {"Berg", "berg"},
    {"Halvorsen", "halvorsen"},
    {"Jónsdóttir", "jonsdottir"},
    {"Sigurðsson", "sigurdsson"},
    {"Åberg", "aberg"},
    {"Nyström", "nystrom"},
    {"Virtanen", "virtanen"},
    {"Mäkinen", "makinen"},
};
constexpr L kNordicLanguages[] = {{"sv", 30}, {"da", 20}, {"nb", 20},
                                  {"fi", 15}, {"is", 5},  {"en", 10}};
constexpr std::string_view kNordicCities[] = {"Stockholm", "København", "Oslo",   "Helsinki",
                                              "Reykjavík", "Göteborg",  "Aarhus", "Tampere"};
constexpr std::string_view kNordicZones[] = {"Europe/Stockholm", "Europe/Copenhagen", "Europe/Oslo",
                                             "Europe/Helsinki", "Atlantic/Reykjavik"};

constexpr PersonName kViFirst[] = {
    {"Anh", "anh"},     {"Minh", "minh"},   {"Linh", "linh"}, {"Huy", "huy"},
    {"Trang", "trang"}, {"Đức", "duc"},     {"Thảo", "thao"}, {"Tuấn", "tuan"},
    {"Hương", "huong"}, {"Quang", "quang"}, {"Ngọc", "ngoc"}, {"Phương", "phuong"},
    {"Khánh", "khanh"}, {"Hải", "hai"},     {"Mai", "mai"},
};
constexpr PersonName kViLast[] = {
    {"Nguyễn", "nguyen"}, {"Trần", "tran"}, {"Lê", "le"}, {"Phạm", "pham"}, {"Hoàng", "hoang"},
    {"Huỳnh", "huynh"},   {"Phan", "phan"}, {"Vũ", "vu"}, {"Võ", "vo"},     {"Đặng", "dang"},
    {"Bùi", "bui"},       {"Đỗ", "do"},     {"Hồ", "ho"}, {"Ngô", "ngo"},   {"Dương", "duong"},
};
constexpr L kViLanguages[] = {{"vi", 80}, {"en", 20}};
constexpr std::string_view kViCities[] = {"Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng",
                                          "Hải Phòng"};
constexpr std::string_view kViZones[] = {"Asia/Ho_Chi_Minh"};

constexpr PersonName kZhFirst[] = {
    {"Wei", "wei", "伟"}, {"Fang", "fang", "芳"}, {"Jing", "jing", "静"},
    {"Lei", "lei", "磊"}, {"Min", "min", "敏"},   {"Jun", "jun", "军"},
    {"Yan", "yan", "艳"}, {"Tao", "tao", "涛"},   {"Xiaoling", "xiaoling", "晓玲"},
    {"Hao", "hao", "浩"}, {"Yu", "yu", "宇"},     {"Lan", "lan", "兰"},
    {"Jie", "jie", "杰"}, {"Mei", "mei", "梅"},   {"Qiang", "qiang", "强"},
    {"Xin", "xin", "欣"},
};
constexpr PersonName kZhLast[] = {
    {"Wang", "wang", "王"},   {"Li", "li", "李"},     {"Zhang", "zhang", "张"},
    {"Liu", "liu", "刘"},     {"Chen", "chen", "陈"}, {"Yang", "yang", "杨"},
    {"Huang", "huang", "黄"}, {"Zhao", "zhao", "赵"}, {"Wu", "wu", "吴"},
    {"Zhou", "zhou", "周"},   {"Xu", "xu", "徐"},     {"Sun", "sun", "孙"},
    {"Ma", "ma", "马"},       {"Zhu", "zhu", "朱"},   {"Hu", "hu", "胡"},
    {"Guo", "guo", "郭"},
};
constexpr L kZhLanguages[] = {{"zh-CN", 60}, {"zh-TW", 15}, {"en", 25}};
constexpr std::string_view kZhCities[] = {"Shanghai", "Beijing",   "Shenzhen", "Hangzhou",
                                          "Taipei",   "Singapore", "Hong Kong"};
constexpr std::string_view kZhZones[] = {"Asia/Shanghai", "Asia/Taipei", "Asia/Singapore",
                                         "Asia/Hong_Kong"};

constexpr PersonName kJaFirst[] = {
    {"Yui", "yui", "結衣"},       {"Sōta", "sota", "蒼太"},     {"Hina", "hina", "陽菜"},
    {"Ren", "ren", "蓮"},         {"Yūki", "yuki", "由紀"},     {"Takumi", "takumi", "拓海"},
    {"Sakura", "sakura", "桜"},   {"Kenji", "kenji", "健二"},   {"Aoi", "aoi", "葵"},
    {"Hiroshi", "hiroshi", "博"}, {"Misaki", "misaki", "美咲"}, {"Daiki", "daiki", "大輝"},
    {"Rin", "rin", "凛"},         {"Kaito", "kaito", "海斗"},
};
constexpr PersonName kJaLast[] = {
    {"Satō", "sato", "佐藤"},           {"Suzuki", "suzuki", "鈴木"},
    {"Takahashi", "takahashi", "高橋"}, {"Tanaka", "tanaka", "田中"},
    {"Watanabe", "watanabe", "渡辺"},   {"Itō", "ito", "伊藤"},
    {"Yamamoto", "yamamoto", "山本"},   {"Nakamura", "nakamura", "中村"},
    {"Kobayashi", "kobayashi", "小林"}, {"Katō", "kato", "加藤"},
    {"Yoshida", "yoshida", "吉田"},     {"Yamada", "yamada", "山田"},
    {"Sasaki", "sasaki", "佐々木"},     {"Matsumoto", "matsumoto", "松本"},
};
constexpr L kJaLanguages[] = {{"ja", 85}, {"en", 15}};
constexpr std::string_view kJaCities[] = {"Tokyo",    "Osaka",   "Kyoto",
                                          "Yokohama", "Fukuoka", "Sapporo"};
constexpr std::string_view kJaZones[] = {"Asia/Tokyo"};

constexpr PersonName kKoFirst[] = {
    {"Ji-woo", "jiwoo", "지우"}, {"Min-jun", "minjun", "민준"}, {"Seo-yeon", "seoyeon", "서연"},
    {"Ha-eun", "haeun", "하은"}, {"Do-yun", "doyun", "도윤"},   {"Ji-ho", "jiho", "지호"},
    {"Soo-ah", "sooah", "수아"}, {"Ye-jin", "yejin", "예진"},   {"Hyun-woo", "hyunwoo", "현우"},
    {"Eun-ji", "eunji", "은지"},
};
constexpr PersonName kKoLast[] = {
    {"Kim", "kim", "김"},   {"Lee", "lee", "이"},   {"Park", "park", "박"}, {"Choi", "choi", "최"},
    {"Jung", "jung", "정"}, {"Kang", "kang", "강"}, {"Cho", "cho", "조"},   {"Yoon", "yoon", "윤"},
    {"Jang", "jang", "장"}, {"Lim", "lim", "임"},
};
constexpr L kKoLanguages[] = {{"ko", 85}, {"en", 15}};
constexpr std::string_view kKoCities[] = {"Seoul", "Busan", "Incheon", "Daejeon", "Pangyo"};
constexpr std::string_view kKoZones[] = {"Asia/Seoul"};

constexpr PersonName kInFirst[] = {
    {"Aarav", "aarav"},         {"Priya", "priya"}, {"Rohan", "rohan"},     {"Ananya", "ananya"},
    {"Arjun", "arjun"},         {"Diya", "diya"},   {"Vikram", "vikram"},   {"Kavya", "kavya"},
    {"Rahul", "rahul"},         {"Sneha", "sneha"}, {"Aditya", "aditya"},   {"Pooja", "pooja"},
    {"Sanjay", "sanjay"},       {"Neha", "neha"},   {"Karthik", "karthik"}, {"Lakshmi", "lakshmi"},
    {"Siddharth", "siddharth"}, {"Meera", "meera"},
};
constexpr PersonName kInLast[] = {
    {"Sharma", "sharma"},     {"Patel", "patel"},
    {"Singh", "singh"},       {"Kumar", "kumar"},
    {"Gupta", "gupta"},       {"Reddy", "reddy"},
    {"Iyer", "iyer"},         {"Nair", "nair"},
    {"Mehta", "mehta"},       {"Rao", "rao"},
    {"Das", "das"},           {"Joshi", "joshi"},
    {"Menon", "menon"},       {"Chatterjee", "chatterjee"},
    {"Banerjee", "banerjee"}, {"Krishnan", "krishnan"},
};
constexpr L kInLanguages[] = {{"en-IN", 55}, {"en", 30}, {"hi", 15}};
constexpr std::string_view kInCities[] = {"Bengaluru", "Mumbai", "Delhi",
                                          "Hyderabad", "Pune",   "Chennai"};
constexpr std::string_view kInZones[] = {"Asia/Kolkata"};

constexpr PersonName kArFirst[] = {
    {"Mohammed", "mohammed", "محمد"}, {"Fatima", "fatima", "فاطمة"}, {"Ahmed", "ahmed", "أحمد"},
    {"Layla", "layla", "ليلى"},       {"Omar", "omar", "عمر"},       {"Noor", "noor", "نور"},
    {"Youssef", "youssef", "يوسف"},   {"Aisha", "aisha", "عائشة"},   {"Khaled", "khaled", "خالد"},
    {"Mariam", "mariam", "مريم"},     {"Hassan", "hassan", "حسن"},   {"Salma", "salma", "سلمى"},
};
constexpr PersonName kArLast[] = {
    {"Haddad", "haddad", "حداد"},       {"Khalil", "khalil", "خليل"},
    {"Nasser", "nasser", "ناصر"},       {"Mansour", "mansour", "منصور"},
    {"Saleh", "saleh", "صالح"},         {"Hamdan", "hamdan", "حمدان"},
    {"Al-Farsi", "alfarsi", "الفارسي"}, {"Abdullah", "abdullah", "عبدالله"},
    {"Rahman", "rahman", "رحمن"},       {"El-Sayed", "elsayed", "السيد"},
};
constexpr L kArLanguages[] = {{"ar", 60}, {"en", 40}};
constexpr std::string_view kArCities[] = {"Dubai", "Riyadh", "Cairo",
                                          "Amman", "Doha",   "Casablanca"};
constexpr std::string_view kArZones[] = {"Asia/Dubai", "Asia/Riyadh", "Africa/Cairo", "Asia/Amman"};

constexpr PersonName kNlFirst[] = {
    {"Daan", "daan"},   {"Sanne", "sanne"}, {"Sem", "sem"},     {"Fleur", "fleur"},
    {"Bram", "bram"},   {"Lotte", "lotte"}, {"Ruben", "ruben"}, {"Anouk", "anouk"},
    {"Thijs", "thijs"}, {"Eva", "eva"},     {"Joris", "joris"}, {"Zoë", "zoe"},
};
constexpr PersonName kNlLast[] = {
    {"de Jong", "dejong"},          {"Jansen", "jansen"},    {"de Vries", "devries"},
    {"van den Berg", "vandenberg"}, {"van Dijk", "vandijk"}, {"Bakker", "bakker"},
    {"Visser", "visser"},           {"Smit", "smit"},        {"Meijer", "meijer"},
    {"de Boer", "deboer"},          {"Mulder", "mulder"},    {"Bos", "bos"},
};
constexpr L kNlLanguages[] = {{"nl", 75}, {"nl-BE", 10}, {"en", 15}};
constexpr std::string_view kNlCities[] = {"Amsterdam", "Rotterdam", "Utrecht",
                                          "Eindhoven", "Den Haag",  "Antwerpen"};
constexpr std::string_view kNlZones[] = {"Europe/Amsterdam", "Europe/Brussels"};

constexpr PersonName kItFirst[] = {
    {"Giulia", "giulia"},       {"Marco", "marco"},
    {"Francesca", "francesca"}, {"Alessandro", "alessandro"},
    {"Chiara", "chiara"},       {"Matteo", "matteo"},
    {"Sara", "sara"},           {"Lorenzo", "lorenzo"},
    {"Martina", "martina"},     {"Niccolò", "niccolo"},
    {"Federica", "federica"},   {"Andrea", "andrea"},
    {"Elisa", "elisa"},         {"Davide", "davide"},
};
constexpr PersonName kItLast[] = {
    {"Rossi", "rossi"},     {"Russo", "russo"},    {"Ferrari", "ferrari"}, {"Esposito", "esposito"},
    {"Bianchi", "bianchi"}, {"Romano", "romano"},  {"Colombo", "colombo"}, {"Ricci", "ricci"},
    {"Marino", "marino"},   {"Greco", "greco"},    {"Bruno", "bruno"},     {"Gallo", "gallo"},
    {"Conti", "conti"},     {"De Luca", "deluca"}, {"Fabbri", "fabbri"},
};
constexpr L kItLanguages[] = {{"it", 85}, {"en", 15}};
constexpr std::string_view kItCities[] = {"Milano",  "Roma",    "Torino",
                                          "Bologna", "Firenze", "Napoli"};
constexpr std::string_view kItZones[] = {"Europe/Rome"};

// clang-format off
constexpr Culture kEn{"en", kEnFirst, kEnLast, kEnLanguages, kEnCities, kEnZones, "us-east-1"};
constexpr Culture kEs{"es", kEsFirst, kEsLast, kEsLanguages, kEsCities, kEsZones, "eu-west-1"};
constexpr Culture kPt{"pt", kPtFirst, kPtLast, kPtLanguages, kPtCities, kPtZones, "sa-east-1"};
constexpr Culture kDe{"de", kDeFirst, kDeLast, kDeLanguages, kDeCities, kDeZones, "eu-central-1"};
constexpr Culture kFr{"fr", kFrFirst, kFrLast, kFrLanguages, kFrCities, kFrZones, "eu-west-3"};
constexpr Culture kPl{"pl", kPlFirst, kPlLast, kPlLanguages, kPlCities, kPlZones, "eu-central-1"};
constexpr Culture kNordic{"nordic", kNordicFirst, kNordicLast, kNordicLanguages, kNordicCities,
                          kNordicZones, "eu-north-1"};
constexpr Culture kVi{"vi", kViFirst, kViLast, kViLanguages, kViCities, kViZones,
                      "ap-southeast-1"};
constexpr Culture kZh{"zh", kZhFirst, kZhLast, kZhLanguages, kZhCities, kZhZones, "ap-east-1",
                      0.25};
constexpr Culture kJa{"ja", kJaFirst, kJaLast, kJaLanguages, kJaCities, kJaZones,
                      "ap-northeast-1", 0.2};
constexpr Culture kKo{"ko", kKoFirst, kKoLast, kKoLanguages, kKoCities, kKoZones,
                      "ap-northeast-2", 0.2};
constexpr Culture kIn{"in", kInFirst, kInLast, kInLanguages, kInCities, kInZones, "ap-south-1"};
constexpr Culture kAr{"ar", kArFirst, kArLast, kArLanguages, kArCities, kArZones, "me-central-1",
                      0.15};
constexpr Culture kNl{"nl", kNlFirst, kNlLast, kNlLanguages, kNlCities, kNlZones, "eu-west-1"};
constexpr Culture kIt{"it", kItFirst, kItLast, kItLanguages, kItCities, kItZones, "eu-south-1"};
// clang-format on

constexpr Weighted<const Culture*> kCultures[] = {
    {&kEn, 26}, {&kEs, 9}, {&kPt, 5}, {&kDe, 9}, {&kFr, 6}, {&kPl, 4}, {&kNordic, 4}, {&kVi, 4},
    {&kZh, 7},  {&kJa, 5}, {&kKo, 3}, {&kIn, 9}, {&kAr, 3}, {&kNl, 3}, {&kIt, 3},
};

} // namespace

std::span<const Weighted<const Culture*>> cultures()
{
    return kCultures;
}

} // namespace claimsmith::demo
