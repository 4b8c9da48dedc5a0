import { ObjectType } from "type-graphql";
import { FigureFields } from "../../shared/figure";

@ObjectType({ description: "A named result of a programme: «более 36 тысяч контрактов»." })
export class Outcome extends FigureFields {}
