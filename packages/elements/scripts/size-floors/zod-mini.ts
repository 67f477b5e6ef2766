// Size floor: zod/mini alone, validating one small object (what any zod validation costs).
import * as z from 'zod/mini';

const schema = z.object({
  id: z.string(),
  items: z.array(z.number()),
  title: z.optional(z.union([z.string(), z.record(z.string(), z.string())])),
});
(globalThis as { qyFloor?: unknown }).qyFloor = (data: unknown) => schema.safeParse(data);
