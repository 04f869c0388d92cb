/** The ribbon's `ExecuteFunction` names, as in manifest.xml's `<FunctionName>` elements. */
export const COMMAND_NAMES = ["consolidate"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];
