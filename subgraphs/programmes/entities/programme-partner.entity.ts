import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** An organisation (organizations subgraph) that partners in a programme. */
@Entity("programme_partner")
export class ProgrammePartner {
  @PrimaryColumn("varchar", { length: 64 })
  programmeId!: string;

  @Index()
  @PrimaryColumn("varchar", { length: 64 })
  organizationId!: string;

  @Column("int")
  position!: number;
}
