import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

@Module({ imports: [TypeOrmModule.forFeature([UserEntity])], providers: [UsersRepository], exports: [UsersRepository] })
export class UsersModule {}
