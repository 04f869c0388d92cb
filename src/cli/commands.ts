/** Every `implan` sub-command, in the order `--help` lists them. */
import { registerCheck } from "./checkCommand";
import type { CommandRegistrar } from "./program";

export const COMMANDS: CommandRegistrar[] = [registerCheck];
