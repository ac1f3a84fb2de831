/** A unit chosen in a unit picker, in the order it was chosen. */
export interface PickedUnit {
  id: string;
  name: string;
  code: string;
}

export const pickedUnitOf = (unit: { id: string; name: string; code: string }): PickedUnit => ({ id: unit.id, name: unit.name, code: unit.code });
