/**
 * Countries, their names and demonyms, so that "six Lithuanians", "six from Lithuania" and
 * "six Lithuanian nationals" count the same thing. Source: common English usage (country names
 * as in news copy; demonyms as listed by style guides). One row a country:
 * code | names | adjectives | person nouns (singular/plural pairs, comma separated)
 */
const ROWS = `
AF|Afghanistan|Afghan|Afghan/Afghans
AL|Albania|Albanian|Albanian/Albanians
DZ|Algeria|Algerian|Algerian/Algerians
AR|Argentina|Argentine,Argentinian|Argentine/Argentines,Argentinian/Argentinians
AM|Armenia|Armenian|Armenian/Armenians
AU|Australia|Australian|Australian/Australians
AT|Austria|Austrian|Austrian/Austrians
AZ|Azerbaijan|Azerbaijani|Azerbaijani/Azerbaijanis
BD|Bangladesh|Bangladeshi|Bangladeshi/Bangladeshis
BY|Belarus|Belarusian|Belarusian/Belarusians
BE|Belgium|Belgian|Belgian/Belgians
BA|Bosnia|Bosnian|Bosnian/Bosnians
BR|Brazil|Brazilian|Brazilian/Brazilians
BG|Bulgaria|Bulgarian|Bulgarian/Bulgarians
KH|Cambodia|Cambodian|Cambodian/Cambodians
CM|Cameroon|Cameroonian|Cameroonian/Cameroonians
CA|Canada|Canadian|Canadian/Canadians
CL|Chile|Chilean|Chilean/Chileans
CN|China|Chinese|Chinese/Chinese
CO|Colombia|Colombian|Colombian/Colombians
CD|Congo,DRC,Democratic Republic of Congo,Democratic Republic of the Congo|Congolese|Congolese/Congolese
HR|Croatia|Croatian|Croat/Croats,Croatian/Croatians
CU|Cuba|Cuban|Cuban/Cubans
CY|Cyprus|Cypriot|Cypriot/Cypriots
CZ|Czech Republic,Czechia|Czech|Czech/Czechs
DK|Denmark|Danish|Dane/Danes
EG|Egypt|Egyptian|Egyptian/Egyptians
EE|Estonia|Estonian|Estonian/Estonians
ET|Ethiopia|Ethiopian|Ethiopian/Ethiopians
FI|Finland|Finnish|Finn/Finns
FR|France|French|Frenchman/Frenchmen,Frenchwoman/Frenchwomen
GE|Georgia|Georgian|Georgian/Georgians
DE|Germany|German|German/Germans
GH|Ghana|Ghanaian|Ghanaian/Ghanaians
GR|Greece|Greek|Greek/Greeks
HU|Hungary|Hungarian|Hungarian/Hungarians
IS|Iceland|Icelandic|Icelander/Icelanders
IN|India|Indian|Indian/Indians
ID|Indonesia|Indonesian|Indonesian/Indonesians
IR|Iran|Iranian|Iranian/Iranians
IQ|Iraq|Iraqi|Iraqi/Iraqis
IE|Ireland|Irish|Irishman/Irishmen
IL|Israel|Israeli|Israeli/Israelis
IT|Italy|Italian|Italian/Italians
JP|Japan|Japanese|Japanese/Japanese
JO|Jordan|Jordanian|Jordanian/Jordanians
KZ|Kazakhstan|Kazakh|Kazakh/Kazakhs
KE|Kenya|Kenyan|Kenyan/Kenyans
XK|Kosovo|Kosovar|Kosovar/Kosovars
KG|Kyrgyzstan|Kyrgyz|Kyrgyz/Kyrgyz
LV|Latvia|Latvian|Latvian/Latvians
LB|Lebanon|Lebanese|Lebanese/Lebanese
LY|Libya|Libyan|Libyan/Libyans
LT|Lithuania|Lithuanian|Lithuanian/Lithuanians
LU|Luxembourg|Luxembourgish|Luxembourger/Luxembourgers
MY|Malaysia|Malaysian|Malaysian/Malaysians
ML|Mali|Malian|Malian/Malians
MX|Mexico|Mexican|Mexican/Mexicans
MD|Moldova|Moldovan|Moldovan/Moldovans
MN|Mongolia|Mongolian|Mongolian/Mongolians
ME|Montenegro|Montenegrin|Montenegrin/Montenegrins
MA|Morocco|Moroccan|Moroccan/Moroccans
MM|Myanmar,Burma|Burmese|Burmese/Burmese
NP|Nepal|Nepali,Nepalese|Nepali/Nepalis
NL|Netherlands,the Netherlands,Holland|Dutch|Dutchman/Dutchmen
NZ|New Zealand|New Zealand|New Zealander/New Zealanders
NG|Nigeria|Nigerian|Nigerian/Nigerians
KP|North Korea|North Korean|North Korean/North Koreans
MK|North Macedonia|Macedonian|Macedonian/Macedonians
NO|Norway|Norwegian|Norwegian/Norwegians
PK|Pakistan|Pakistani|Pakistani/Pakistanis
PS|Palestine,Gaza,West Bank|Palestinian|Palestinian/Palestinians
PE|Peru|Peruvian|Peruvian/Peruvians
PH|Philippines,the Philippines|Filipino,Philippine|Filipino/Filipinos
PL|Poland|Polish|Pole/Poles
PT|Portugal|Portuguese|Portuguese/Portuguese
QA|Qatar|Qatari|Qatari/Qataris
RO|Romania|Romanian|Romanian/Romanians
RU|Russia,Russian Federation|Russian|Russian/Russians
RW|Rwanda|Rwandan|Rwandan/Rwandans
SA|Saudi Arabia|Saudi|Saudi/Saudis
RS|Serbia|Serbian|Serb/Serbs,Serbian/Serbians
SG|Singapore|Singaporean|Singaporean/Singaporeans
SK|Slovakia|Slovak|Slovak/Slovaks
SI|Slovenia|Slovenian,Slovene|Slovenian/Slovenians,Slovene/Slovenes
SO|Somalia|Somali|Somali/Somalis
ZA|South Africa|South African|South African/South Africans
KR|South Korea|South Korean|South Korean/South Koreans
SS|South Sudan|South Sudanese|South Sudanese/South Sudanese
ES|Spain|Spanish|Spaniard/Spaniards
LK|Sri Lanka|Sri Lankan|Sri Lankan/Sri Lankans
SD|Sudan|Sudanese|Sudanese/Sudanese
SE|Sweden|Swedish|Swede/Swedes
CH|Switzerland|Swiss|Swiss/Swiss
SY|Syria|Syrian|Syrian/Syrians
TW|Taiwan|Taiwanese|Taiwanese/Taiwanese
TJ|Tajikistan|Tajik|Tajik/Tajiks
TZ|Tanzania|Tanzanian|Tanzanian/Tanzanians
TH|Thailand|Thai|Thai/Thais
TN|Tunisia|Tunisian|Tunisian/Tunisians
TR|Turkey,Türkiye|Turkish|Turk/Turks
TM|Turkmenistan|Turkmen|Turkmen/Turkmens
UG|Uganda|Ugandan|Ugandan/Ugandans
UA|Ukraine|Ukrainian|Ukrainian/Ukrainians
AE|United Arab Emirates,UAE|Emirati|Emirati/Emiratis
GB|United Kingdom,UK,U.K.,Britain,Great Britain|British|Briton/Britons,Brit/Brits
US|United States,US,U.S.,USA,America|American|American/Americans
UZ|Uzbekistan|Uzbek|Uzbek/Uzbeks
VE|Venezuela|Venezuelan|Venezuelan/Venezuelans
VN|Vietnam|Vietnamese|Vietnamese/Vietnamese
YE|Yemen|Yemeni|Yemeni/Yemenis
ZM|Zambia|Zambian|Zambian/Zambians
ZW|Zimbabwe|Zimbabwean|Zimbabwean/Zimbabweans
`;

export type Country = { code: string; names: string[]; adjectives: string[]; nouns: string[] };

export const COUNTRIES: Country[] = ROWS.trim().split("\n").map((row) => {
  const [code = "", names = "", adjectives = "", nouns = ""] = row.split("|");
  return {
    code,
    names: names.split(","),
    adjectives: adjectives.split(","),
    nouns: nouns.split(",").flatMap((pair) => pair.split("/")),
  };
});

/** Lower-cased name, adjective or person noun → country code. */
export const COUNTRY_BY_WORD: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives, ...c.nouns].map((w) => [w.toLowerCase(), c.code] as const)),
);

/** Names that may carry a leading "the": "the UK", "the Netherlands". */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => c.names.map((n) => [n.toLowerCase().replace(/^the /, ""), c.code] as const)),
);

/** Person nouns ("Lithuanians", "Poles", "Britons") → country code. */
export const COUNTRY_BY_PERSON_NOUN: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => c.nouns.map((n) => [n.toLowerCase(), c.code] as const)),
);

export const COUNTRY_BY_ADJECTIVE: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => c.adjectives.map((n) => [n.toLowerCase(), c.code] as const)),
);
