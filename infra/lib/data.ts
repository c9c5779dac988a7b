/**
 * @module
 * The one DynamoDB table of aggregate counters (see docs/data-model.md): string
 * keys `pk`/`sk` and the TTL attribute shared with the local store through
 * TABLE_KEYS, so the two cannot drift. On-demand because traffic is tiny and
 * bursty (a school hands out flyers, a class scans at once); point-in-time
 * recovery always, since these figures go into a municipal plan; deletion
 * protection and RETAIN in production, so no stack mistake can erase a year.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '../../functions/store/tables';

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
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: production,
      removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }
}
