/** Owner names: joint owners split, spellings made one, unknown names noticed (the rules live in rules/names.ts). */
export { OwnerDirectory, splitOwners } from "../rules/names";
