import { formatArea } from '../../../../src/domain/area';
import type { BuildingDoc, UnitDoc } from '../../model';

// What anyone signed in may see of a unit: no holder, no phone.
export function unitView(unit: UnitDoc, building: BuildingDoc) {
  return {
    label: unit.label,
    room: unit.room,
    unit: unit.unit,
    areaText: `${formatArea(unit.areaCenti)}㎡`,
    building: building.name,
    zone: building.zone,
  };
}
