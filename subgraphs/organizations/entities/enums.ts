import { registerEnumType } from "type-graphql";

export enum OrganizationKind {
  NGO = "NGO",
  RESOURCE_CENTRE = "RESOURCE_CENTRE",
  FOUNDATION = "FOUNDATION",
  ASSOCIATION = "ASSOCIATION",
  GOVERNMENT_BODY = "GOVERNMENT_BODY",
  LEGISLATURE = "LEGISLATURE",
  AGENCY = "AGENCY",
  BUSINESS = "BUSINESS",
  BUSINESS_SUPPORT_CENTRE = "BUSINESS_SUPPORT_CENTRE",
  POLITICAL_PARTY = "POLITICAL_PARTY",
  OTHER = "OTHER",
}
registerEnumType(OrganizationKind, { name: "OrganizationKind" });

/** Coarse legal form (reference: 7-FZ art. 2 and OKOPF), kept for filtering. */
export enum LegalForm {
  ANO = "ANO",
  FOUNDATION = "FOUNDATION",
  CHARITABLE_FOUNDATION = "CHARITABLE_FOUNDATION",
  PUBLIC_ORGANIZATION = "PUBLIC_ORGANIZATION",
  PUBLIC_MOVEMENT = "PUBLIC_MOVEMENT",
  ASSOCIATION_UNION = "ASSOCIATION_UNION",
  NON_PROFIT_PARTNERSHIP = "NON_PROFIT_PARTNERSHIP",
  INSTITUTION = "INSTITUTION",
  RELIGIOUS_ORGANIZATION = "RELIGIOUS_ORGANIZATION",
  POLITICAL_PARTY = "POLITICAL_PARTY",
  STATE_BODY = "STATE_BODY",
  COMMERCIAL = "COMMERCIAL",
  OTHER = "OTHER",
}
registerEnumType(LegalForm, { name: "LegalForm" });

/** The tier of a resource centre in a network: interregional, regional or municipal. */
export enum ResourceCentreLevel {
  INTERREGIONAL = "INTERREGIONAL",
  REGIONAL = "REGIONAL",
  MUNICIPAL = "MUNICIPAL",
}
registerEnumType(ResourceCentreLevel, { name: "ResourceCentreLevel" });
