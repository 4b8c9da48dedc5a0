import { Column, Entity, PrimaryColumn } from "typeorm";

/** A person (organizations subgraph) who spoke at an event. */
@Entity("event_speaker")
export class EventSpeaker {
  @PrimaryColumn("varchar", { length: 64 })
  eventId!: string;

  @PrimaryColumn("varchar", { length: 64 })
  personId!: string;

  @Column("int")
  position!: number;
}
