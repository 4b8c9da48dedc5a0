/** The five source articles (../shared/seeds), by what they describe. */
export const SRC_YUGRA_AGREEMENT = "000_0bcf786bd17f048b.txt";
export const SRC_KRASNOGORSK_FORUM = "001_de6deea41116d0c6.txt";
export const SRC_MURMANSK_MMDN = "002_766a36938fc9e7c4.txt";
export const SRC_NIZHNY_SOCIAL_CONTRACTS = "003_669d506c99d1203b.txt";
export const SRC_URAL_RC_NETWORK = "004_0eaa2e195da163db.txt";
