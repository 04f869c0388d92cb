import { Link } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CellTarget } from "../../contract/operations";
import { usePlannerApi } from "../state/plannerContext";

export interface CellLinkProps {
  target: CellTarget;
  children: ReactNode;
}

/** Text that selects its source cell in the workbook when clicked (a button, so Enter and Space work). */
export function CellLink({ target, children }: CellLinkProps) {
  const { goToCell } = usePlannerApi();
  return (
    <Link as="button" inline title={`Go to ${target.sheet}!${target.cell}`} onClick={() => goToCell(target)}>
      {children}
    </Link>
  );
}
