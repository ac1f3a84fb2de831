import type { unitPickingZhCN } from '../zh-CN/unitPicking.ts';

/** Unit search and picking several units (English). */
export const unitPickingEn: typeof unitPickingZhCN = {
  unitSearch: {
    placeholder: 'Search units by name, short name or code',
    nothing: 'No unit found',
    found: '{total} units found',
    more: 'Show more',
  },
  unitPicker: {
    pickOne: 'Click a unit in the tree, or search by name or code',
    hint: 'Tick units in the tree or among the search results, several at once; click a unit’s name for batch choices',
    selected: '{count} units chosen',
    nothingSelected: 'No unit chosen yet',
    remove: 'Remove',
    clear: 'Clear',
    tooMany: 'Choose at most {max} units',
    batchFor: '{name}:',
    childRegions: {
      province: 'All prefecture governments',
      prefecture: 'All county governments',
      county: 'All townships',
    },
    departments: 'All its departments',
    added: '{count} units added',
    noneToAdd: 'Nothing to add',
    groups: 'Saved groups',
    noGroups: 'No saved group yet; choose units, then “Save as group”',
    saveGroup: 'Save as group',
    groupName: 'Group name',
    groupNamePrompt: 'Name the {count} chosen units',
    groupNameRequired: 'Enter a name (at most 40 characters)',
    groupSaved: 'Saved the group “{name}”',
    deleteGroup: 'Delete the group “{name}”?',
    groupDeleted: 'Group deleted',
    useGroup: 'Add the {count} units of “{name}”',
  },
};
