import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** A region (regions subgraph) a programme operates in. */
@Entity("programme_region")
export class ProgrammeRegion {
  @PrimaryColumn("varchar", { length: 64 })
  programmeId!: string;

  @Index()
  @PrimaryColumn("varchar", { length: 8 })
  regionCode!: string;

  @Column("int")
  position!: number;
}
