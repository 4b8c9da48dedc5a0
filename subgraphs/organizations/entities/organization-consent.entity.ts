import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * An organisation owner's consent that a resource centre may name the organisation as the
 * operator of its programmes or the recipient of its awards (see shared/linked-organizations.ts).
 */
@Entity("organization_consent")
export class OrganizationConsent {
  @PrimaryColumn("varchar", { length: 64 })
  organizationId!: string;

  @Index()
  @PrimaryColumn("varchar", { length: 64 })
  centreId!: string;

  @Column("varchar", { length: 40 })
  grantedAt!: string;

  /** Who granted it: the owner's id or `coordinator`. */
  @Column("varchar", { length: 64 })
  grantedBy!: string;
}
