import templateSchema from "@tactful/schemas/template.schema.json" with { type: "json" };
import type { Role } from "@tactful/policies";

const descriptions = templateSchema.$defs.variable.properties.role["x-enumDescriptions"] as Record<Role, string>;

/** What a role means in words ("the amount owed"), from the template schema. */
export function describeRole(role: Role): string {
  return descriptions[role] ?? role;
}
