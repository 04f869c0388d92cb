/** Every `implan` sub-command, in the order `--help` lists them. */
import { registerCheck } from "./checkCommand";
import { registerConsolidate } from "./consolidateCommand";
import { registerDemo } from "./demoCommand";
import type { CommandRegistrar } from "./program";
import { registerTemplate } from "./templateCommand";

export const COMMANDS: CommandRegistrar[] = [registerCheck, registerConsolidate, registerTemplate, registerDemo];
