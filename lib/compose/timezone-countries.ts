/**
 * Countries spanning several zones, with every zone that belongs to each (IANA's zone1970 table):
 * a city only counts when its zone is one of them ("Cordoba, Veracruz, Mexico" is not Argentina's
 * Córdoba; "Santiago, Nuevo León, Mexico" is not Chile's capital). Otherwise only a region settles it.
 */
export const MULTI_ZONE: Readonly<Record<string, string>> = {
  'united states': 'America/New_York|America/Detroit|America/Kentucky/Louisville|America/Kentucky/Monticello|America/Indiana/Indianapolis|America/Indiana/Vincennes|America/Indiana/Winamac|America/Indiana/Marengo|America/Indiana/Petersburg|America/Indiana/Vevay|America/Chicago|America/Indiana/Tell_City|America/Indiana/Knox|America/Menominee|America/North_Dakota/Center|America/North_Dakota/New_Salem|America/North_Dakota/Beulah|America/Denver|America/Boise|America/Phoenix|America/Los_Angeles|America/Anchorage|America/Juneau|America/Sitka|America/Metlakatla|America/Yakutat|America/Nome|America/Adak|Pacific/Honolulu',
  canada: 'America/St_Johns|America/Halifax|America/Glace_Bay|America/Moncton|America/Goose_Bay|America/Toronto|America/Iqaluit|America/Winnipeg|America/Resolute|America/Rankin_Inlet|America/Regina|America/Swift_Current|America/Edmonton|America/Cambridge_Bay|America/Inuvik|America/Vancouver|America/Dawson_Creek|America/Fort_Nelson|America/Whitehorse|America/Dawson|America/Atikokan|America/Blanc-Sablon|America/Creston',
  australia: 'Australia/Sydney|Australia/Melbourne|Australia/Brisbane|Australia/Lindeman|Australia/Perth|Australia/Adelaide|Australia/Broken_Hill|Australia/Hobart|Australia/Darwin|Australia/Eucla|Australia/Lord_Howe|Antarctica/Macquarie',
  brazil: 'America/Noronha|America/Belem|America/Fortaleza|America/Recife|America/Araguaina|America/Maceio|America/Bahia|America/Sao_Paulo|America/Campo_Grande|America/Cuiaba|America/Santarem|America/Porto_Velho|America/Boa_Vista|America/Manaus|America/Eirunepe|America/Rio_Branco',
  mexico: 'America/Mexico_City|America/Cancun|America/Merida|America/Monterrey|America/Matamoros|America/Chihuahua|America/Ciudad_Juarez|America/Ojinaga|America/Mazatlan|America/Bahia_Banderas|America/Hermosillo|America/Tijuana',
  russia: 'Europe/Kaliningrad|Europe/Moscow|Europe/Kirov|Europe/Volgograd|Europe/Astrakhan|Europe/Saratov|Europe/Ulyanovsk|Europe/Samara|Asia/Yekaterinburg|Asia/Omsk|Asia/Novosibirsk|Asia/Barnaul|Asia/Tomsk|Asia/Novokuznetsk|Asia/Krasnoyarsk|Asia/Irkutsk|Asia/Chita|Asia/Yakutsk|Asia/Khandyga|Asia/Vladivostok|Asia/Ust-Nera|Asia/Magadan|Asia/Sakhalin|Asia/Srednekolymsk|Asia/Kamchatka|Asia/Anadyr',
  indonesia: 'Asia/Jakarta|Asia/Pontianak|Asia/Makassar|Asia/Jayapura',
  kazakhstan: 'Asia/Almaty|Asia/Qyzylorda|Asia/Qostanay|Asia/Aqtobe|Asia/Aqtau|Asia/Atyrau|Asia/Oral',
  mongolia: 'Asia/Ulaanbaatar|Asia/Hovd|Asia/Choibalsan',
  'democratic republic of the congo': 'Africa/Kinshasa|Africa/Lubumbashi',
  greenland: 'America/Nuuk|America/Danmarkshavn|America/Scoresbysund|America/Thule',
};

/** Other names LinkedIn or people use for the countries above. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'united states', us: 'united states', 'u.s.': 'united states', 'u.s.a.': 'united states', 'united states of america': 'united states',
  'russian federation': 'russia', brasil: 'brazil', mexique: 'mexico', 'dr congo': 'democratic republic of the congo',
};

/**
 * States and provinces that span two zones. They say which country a place is in ("Panama City,
 * Florida" is in the United States, so not in Panama) without settling the zone.
 */
export const SPLIT_REGIONS: Readonly<Record<string, string>> = {
  'united states': 'texas|florida|tennessee|kentucky|indiana|michigan|kansas|nebraska|south dakota|north dakota|idaho',
  canada: 'nunavut|northwest territories|yukon',
  mexico: 'chihuahua|coahuila|tamaulipas|nayarit|quintana roo',
};
