import templateSchema from "@tactful/schemas/template.schema.json" with { type: "json" };
import type { Audience, Category, Channel, Role, SenderRole } from "@tactful/policies";

// The words of template format v1, as the template schema lists them: the parser, the rules,
// the guard and the tools read them here, so a new channel or role is added in one place.
export const CHANNELS = templateSchema.properties.channel.enum as readonly Channel[];
export const CATEGORIES = templateSchema.properties.category.enum as readonly Category[];
export const AUDIENCES = templateSchema.properties.audience.enum as readonly Audience[];
export const SENDER_ROLES = templateSchema.properties.sender.properties.role.enum as readonly SenderRole[];
export const ROLES = templateSchema.$defs.variable.properties.role.enum as readonly Role[];
