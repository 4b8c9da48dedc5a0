import { Entity, Index, PrimaryColumn } from "typeorm";

/** An organisation's membership of a network. */
@Entity("network_membership")
export class NetworkMembership {
  @PrimaryColumn("varchar", { length: 64 })
  networkId!: string;

  @Index()
  @PrimaryColumn("varchar", { length: 64 })
  organizationId!: string;
}
