/**
 * The five news articles the seed data comes from. Seed rows cite them by file name in
 * `sources` (and figures in `source`); the names and headlines are kept here as data so the
 * project can check every citation without the article texts, which it never reads.
 */
export const SRC_YUGRA_AGREEMENT = "000_0bcf786bd17f048b.txt";
export const SRC_KRASNOGORSK_FORUM = "001_de6deea41116d0c6.txt";
export const SRC_MURMANSK_MMDN = "002_766a36938fc9e7c4.txt";
export const SRC_NIZHNY_SOCIAL_CONTRACTS = "003_669d506c99d1203b.txt";
export const SRC_URAL_RC_NETWORK = "004_0eaa2e195da163db.txt";

/** A source article: the file name rows cite, its headline, and what it describes. */
export interface SeedSource {
  file: string;
  /** The article's headline; the Murmansk report has none, so its opening words stand in. */
  title: string;
  describes: string;
}

export const SEED_SOURCES: readonly SeedSource[] = [
  {
    file: SRC_YUGRA_AGREEMENT,
    title: "В поддержку социальных инноваций в Югре заключат Соглашение с Ассоциацией соцразвития",
    describes:
      "Khanty-Mansi Autonomous Okrug – Yugra agrees to sign an agreement with the Association of " +
      "Social Development (700+ social projects in three years).",
  },
  {
    file: SRC_KRASNOGORSK_FORUM,
    title:
      "«Надеюсь, социальный форум в Красногорске более четко обозначит ресурсы в теме " +
      "социального предпринимательства», - Артем Кавинов",
    describes: "The Second Forum of Social Innovations of the Regions, 8–9 June, Krasnogorsk.",
  },
  {
    file: SRC_MURMANSK_MMDN,
    title:
      "Вчера, в заключительный день работы VII ММДН, в Мончегорске состоялась деловая сессия " +
      "«Социальное партнёрство. Социальное проектирование»",
    describes:
      "Murmansk Oblast: a business session of the VII ММДН in Monchegorsk, 70+ participants, " +
      "60+ million roubles of budget money for NGO projects in 2018.",
  },
  {
    file: SRC_NIZHNY_SOCIAL_CONTRACTS,
    title:
      "Нижегородская область представила успешный опыт заключения соцконтрактов для " +
      "тиражирования его в других регионах",
    describes:
      "Nizhny Novgorod Oblast's social contracts, presented at the Forum of Social Task " +
      "Solutions, Moscow, 2–3 June 2022.",
  },
  {
    file: SRC_URAL_RC_NETWORK,
    title: "Уральская сеть ресурсных центров для НКО: от регионов к муниципалитетам",
    describes:
      "The Ural network of five resource centres for NGOs and its interregional conference, " +
      "16–17 November, Tyumen.",
  },
];
