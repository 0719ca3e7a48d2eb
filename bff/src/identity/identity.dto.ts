import { ApiProperty } from '@nestjs/swagger';
import { FAMILY_RELATIONS, type AddFamilyMemberRequest, type BindIdentityRequest, type FamilyRelation } from '@portal/shared';
import { IsIn, IsString, Matches } from 'class-validator';
import { IsIdentityNumber } from './identity-number.validator';

export class BindIdentityRequestDto implements BindIdentityRequest {
  @IsString({ message: 'Enter the name as on the identity card.' })
  @Matches(/^[\u3400-\u9fff·]{2,20}$/u, { message: 'Enter the name as on the identity card: 2 to 20 Chinese characters.' })
  @ApiProperty({ example: '张伟' })
  name: string;

  @IsIdentityNumber()
  @ApiProperty({ example: '310104198506150015', description: '18 characters (GB 11643); shown back only masked' })
  idNumber: string;
}

export class AddFamilyMemberRequestDto extends BindIdentityRequestDto implements AddFamilyMemberRequest {
  @IsIn(FAMILY_RELATIONS, { message: `relation must be one of: ${FAMILY_RELATIONS.join(', ')}` })
  @ApiProperty({ enum: FAMILY_RELATIONS })
  relation: FamilyRelation;
}
