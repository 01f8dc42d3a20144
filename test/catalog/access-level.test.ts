// The access level of an API from its verb (TCSAS's own actions, tcam access for actions outside the catalogue).
import { describe, expect, it } from 'vitest';
import { AccessLevel } from '../../src';
import { accessLevelFromVerb } from '../../src/catalog/access-level';

describe('accessLevelFromVerb', () => {
  it.each([
    ['ListUsers', AccessLevel.LIST],
    ['List', AccessLevel.LIST],
    ['DescribeMNPList', AccessLevel.LIST],
    ['DescribeMNPList*', AccessLevel.LIST],
    ['DescribeListener', AccessLevel.READ],
    ['DescribeMNP', AccessLevel.READ],
    ['GetObject', AccessLevel.READ],
    ['QueryMNP', AccessLevel.READ],
    ['CheckName', AccessLevel.READ],
    ['InquiryPriceRunInstances', AccessLevel.READ],
    ['InquirePrice', AccessLevel.READ],
    ['HeadBucket', AccessLevel.READ],
    ['SearchLog', AccessLevel.READ],
    ['CreateMNP', AccessLevel.WRITE],
    ['ModifyDescribe', AccessLevel.WRITE],
    ['MNPGet', AccessLevel.WRITE],
    ['Listx*y', AccessLevel.LIST],
    ['CreateListx', AccessLevel.WRITE],
    ['', AccessLevel.WRITE],
  ])('%s: %s', (name, level) => {
    expect(accessLevelFromVerb(name)).toBe(level);
  });
});
