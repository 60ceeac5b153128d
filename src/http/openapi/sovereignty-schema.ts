import { z } from '@hono/zod-openapi'
import type { SovereigntyProfile } from '../../catalogue/sovereignty.js'
import { TextSchema, type AllTrue, type Same } from './common.js'

const Verdict = z.enum(['yes', 'no', 'unknown']).openapi('Verdict')
const LabelLevel = z.enum(['SC', 'L1', 'L2', 'L3']).openapi('LabelLevel')
const LabelBasis = z.enum(['attested', 'eligible-not-attested']).openapi('LabelBasis', {
  description: 'Attested by a label credential, or only met by what the credentials state.',
})

const CriterionSchema = z
  .object({
    id: z.string(),
    level: LabelLevel,
    title: TextSchema,
    verdict: Verdict,
    reason: TextSchema,
  })
  .openapi('LabelCriterion')

const AssessmentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    provider: z.object({
      id: z.string(),
      name: z.string().nullable(),
      headquarters: z.string().nullable(),
    }),
    headquartersInEuEea: Verdict,
    locationsInEu: Verdict,
    locationsInFrance: Verdict,
    level: LabelLevel.nullable(),
    basis: LabelBasis,
  })
  .openapi('Assessment', { description: 'One offering judged on its own credentials.' })

const DependencySchema = z
  .union([
    AssessmentSchema.extend({ held: z.literal(true), via: z.string() }),
    z.object({ id: z.string(), held: z.literal(false), via: z.string(), reason: TextSchema }),
  ])
  .openapi('Dependency', {
    description: 'An offering reached over `gx:dependsOn`; `held: false` when this node lacks it.',
  })

export const SovereigntyProfileSchema = z
  .object({
    headquarters: z.object({
      countryCode: z.string().nullable(),
      inEuEea: Verdict,
      reason: TextSchema,
    }),
    locations: z.object({
      declared: z.array(z.object({ countryCode: z.string(), region: z.string().optional() })),
      inEu: Verdict,
      inFrance: Verdict,
      reason: TextSchema,
    }),
    certifications: z.array(
      z.object({
        scheme: z.string(),
        level: z.string().optional(),
        validUntil: z.string().optional(),
        evidence: z.string().optional(),
        status: z.enum(['claimed', 'in-progress']),
        claimValidUntil: z.string().optional(),
      }),
    ),
    label: z.object({
      attestedLevel: z.string().nullable(),
      eligibleLevel: LabelLevel.nullable(),
      criteria: z.array(CriterionSchema),
      notDeclarable: TextSchema,
    }),
    dependencies: z.array(DependencySchema).openapi({ description: 'Nearest first.' }),
    overall: z
      .object({
        headquartersInEuEea: Verdict,
        locationsInEu: Verdict,
        locationsInFrance: Verdict,
        level: LabelLevel.nullable(),
        basis: LabelBasis,
      })
      .openapi({ description: 'As sovereign as the weakest of itself and all it depends on.' }),
    weakestLink: z
      .object({
        id: z.string(),
        name: z.string().nullable(),
        level: LabelLevel.nullable(),
        reason: TextSchema,
      })
      .nullable(),
  })
  .openapi('SovereigntyProfile')

export type SovereigntySchemaMatchesCore = AllTrue<
  [Same<z.infer<typeof SovereigntyProfileSchema>, SovereigntyProfile>]
>
