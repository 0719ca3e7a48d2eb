import { ApiProperty } from '@nestjs/swagger';
import { CITY_IDS, type CityId, type PropertyCertificate } from '@portal/shared';
import { IsString, Length, Matches } from 'class-validator';

/** The number's own format is the city's (checked by its client); here only what any number must be. */
export class HousingCertificateParamsDto {
  @IsString()
  city: string;

  @IsString({ message: 'certificateNo must be text, like 川(2024)成都市不动产权第0123456号' })
  @Length(1, 40, { message: 'certificateNo must look like 川(2024)成都市不动产权第0123456号' })
  @Matches(/^[^\u0000-\u001f\u007f<>]+$/, { message: 'certificateNo must look like 川(2024)成都市不动产权第0123456号' })
  @ApiProperty({ example: '川(2024)成都市不动产权第0123456号', description: 'Percent-encoded in the path; full-width parentheses are accepted' })
  certificateNo: string;
}

class MortgageDto {
  @ApiProperty({ example: '成都住房公积金管理中心' }) holder: string;
  @ApiProperty({ description: 'yuan' }) amount: number;
  @ApiProperty({ example: '2024-06-18' }) registeredOn: string;
}

export class PropertyCertificateDto implements PropertyCertificate {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ example: '川(2024)成都市不动产权第0123456号' }) certificateNo: string;
  @ApiProperty({ type: [String] }) owners: string[];
  @ApiProperty() location: string;
  @ApiProperty({ example: '武侯区' }) district: string;
  @ApiProperty({ description: 'm²' }) area: number;
  @ApiProperty({ example: '城镇住宅用地/住宅' }) use: string;
  @ApiProperty({ example: '出让/市场化商品房' }) nature: string;
  @ApiProperty({ example: '2024-06-18' }) registeredOn: string;
  @ApiProperty({ enum: ['normal', 'mortgaged', 'seized'] }) status: 'normal' | 'mortgaged' | 'seized';
  @ApiProperty({ type: MortgageDto, nullable: true }) mortgage: MortgageDto | null;
}
