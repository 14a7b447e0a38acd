import '../i18n/workloadMessages';
import { MEMBER_ROLES } from '../domain/types';
import { useT } from './useT';

/** A select's options for the member roles (PM, Design…), the value being the role. */
export function RoleOptions() {
  const t = useT();
  return MEMBER_ROLES.map((role) => (
    <option key={role} value={role}>
      {t(`workload.role.${role}`)}
    </option>
  ));
}
