import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** A region (regions subgraph) a programme operates in. */
// A region's programmes by region code, covering: the region's funding and pages join on the
// programme id without reading the link rows themselves.
@Index(["regionCode", "programmeId"])
@Entity("programme_region")
export class ProgrammeRegion {
  @PrimaryColumn("varchar", { length: 64 })
  programmeId!: string;

  @PrimaryColumn("varchar", { length: 8 })
  regionCode!: string;

  @Column("int")
  position!: number;
}
