import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** An organisation (organizations subgraph) among an event's organisers. */
@Entity("event_organizer")
export class EventOrganizer {
  @PrimaryColumn("varchar", { length: 64 })
  eventId!: string;

  @Index()
  @PrimaryColumn("varchar", { length: 64 })
  organizationId!: string;

  @Column("int")
  position!: number;
}
