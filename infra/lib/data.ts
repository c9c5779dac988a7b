/**
 * @module
 * The one DynamoDB table of aggregate counters (see docs/data-model.md): string
 * keys `pk`/`sk` and the TTL attribute shared with the local store through
 * TABLE_KEYS, so the two cannot drift. On-demand because traffic is tiny and
 * bursty (a school hands out flyers, a class scans at once); point-in-time
 * recovery always, since these figures go into a municipal plan, but for a
 * week rather than 35 days: long enough to undo a bad deploy or script found
 * after a weekend, while two restores a second apart — which can show one
 * event's dimensions — reach back only that far (docs/data-model.md). Closed
 * months live on in rollup items, not in backups. Deletion protection and
 * RETAIN in production, so no stack mistake can erase a year.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '../../functions/store/tables';

/** Point-in-time recovery window of the counter table (DynamoDB allows 1–35 days). */
export const PITR_RECOVERY_DAYS = 7;

export interface CountersTableProps {
  production: boolean;
}

export class CountersTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, { production }: CountersTableProps) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: PITR_RECOVERY_DAYS },
      deletionProtection: production,
      removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }
}
