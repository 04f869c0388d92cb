import { GatewayContext } from "../gatewayContext";
import type { PlannerGateway } from "../gateway";
import { OutsideExcel } from "./OutsideExcel";
import { Planner } from "./Planner";

export interface AppProps {
  /** The workbook's use cases; null outside Excel (Office.js reports no host). */
  gateway: PlannerGateway | null;
}

/** The pane's root view: the planner over a gateway, or how to open it in Excel. */
export function App({ gateway }: AppProps) {
  if (!gateway) return <OutsideExcel />;
  return (
    <GatewayContext.Provider value={gateway}>
      <Planner />
    </GatewayContext.Provider>
  );
}
