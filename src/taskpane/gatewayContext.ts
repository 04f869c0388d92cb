/** Hands the gateway down the component tree, so views never import a host. */
import { createContext, useContext } from "react";
import type { PlannerGateway } from "./gateway";

export const GatewayContext = createContext<PlannerGateway | null>(null);

/**
 * The gateway given to the nearest GatewayContext provider.
 * @example const gateway = useGateway(); await gateway.goToCell({ sheet: "Transport", cell: "F7" });
 */
export function useGateway(): PlannerGateway {
  const gateway = useContext(GatewayContext);
  if (!gateway) throw new Error("No planner gateway: render inside <GatewayContext.Provider>.");
  return gateway;
}
