/** `npm run demo`'s plan: the shared demo consortium, all six areas. */
export { DEMO_AS_OF, demoPlan } from "../../sheets/demo/demoPlan";
