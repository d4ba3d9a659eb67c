IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [UserName] nvarchar(100) NOT NULL,
        [Action] nvarchar(40) NOT NULL,
        [Subject] nvarchar(100) NOT NULL,
        [Detail] nvarchar(2000) NULL,
        [Origin] nvarchar(64) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [Departments] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Departments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [Depots] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Address] nvarchar(200) NULL,
        [Latitude] float NOT NULL,
        [Longitude] float NOT NULL,
        [Contact] nvarchar(50) NULL,
        [Phone] nvarchar(30) NULL,
        CONSTRAINT [PK_Depots] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [NumberSequences] (
        [Name] nvarchar(30) NOT NULL,
        [Last] bigint NOT NULL,
        CONSTRAINT [PK_NumberSequences] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [DepartmentId] int NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [Items] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Specification] nvarchar(200) NULL,
        [Class] nvarchar(30) NOT NULL,
        [Unit] nvarchar(10) NOT NULL,
        [Gtin] nvarchar(14) NULL,
        [Tracking] nvarchar(30) NOT NULL,
        [ShelfLifeDays] int NULL,
        [MaintenanceIntervalDays] int NULL,
        [Returnable] bit NOT NULL,
        [UnitPrice] decimal(18,2) NOT NULL,
        [DepartmentId] int NULL,
        [Active] bit NOT NULL,
        CONSTRAINT [PK_Items] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Items_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [Locations] (
        [Id] int NOT NULL IDENTITY,
        [DepotId] int NOT NULL,
        [Bin] nvarchar(30) NOT NULL,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(100) NULL,
        [Active] bit NOT NULL,
        CONSTRAINT [PK_Locations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Locations_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [Stations] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(60) NOT NULL,
        [DepotId] int NOT NULL,
        [KeyHash] nvarchar(64) NOT NULL,
        [KeyPrefix] nvarchar(8) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [RevokedAt] datetime2 NULL,
        [DefaultPrinterId] int NULL,
        CONSTRAINT [PK_Stations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Stations_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [StockDocuments] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(30) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Reason] nvarchar(30) NOT NULL,
        [DepotId] int NOT NULL,
        [ClientId] nvarchar(64) NOT NULL,
        [UserName] nvarchar(100) NOT NULL,
        [StationId] int NULL,
        [PostedAt] datetime2 NOT NULL,
        [Note] nvarchar(500) NULL,
        CONSTRAINT [PK_StockDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StockDocuments_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [UserDepots] (
        [UserId] nvarchar(450) NOT NULL,
        [DepotId] int NOT NULL,
        CONSTRAINT [PK_UserDepots] PRIMARY KEY ([UserId], [DepotId]),
        CONSTRAINT [FK_UserDepots_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_UserDepots_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [Batches] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(30) NOT NULL,
        [ItemId] int NOT NULL,
        [Lot] nvarchar(40) NOT NULL,
        [Expiry] date NOT NULL,
        [Supplier] nvarchar(100) NULL,
        CONSTRAINT [PK_Batches] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Batches_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [EquipmentUnits] (
        [Id] int NOT NULL IDENTITY,
        [AssetNumber] nvarchar(30) NOT NULL,
        [ItemId] int NOT NULL,
        [SerialNumber] nvarchar(30) NOT NULL,
        [Status] nvarchar(30) NOT NULL,
        [DepotId] int NULL,
        [LastMaintenance] date NULL,
        CONSTRAINT [PK_EquipmentUnits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EquipmentUnits_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EquipmentUnits_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [Quotas] (
        [Id] int NOT NULL IDENTITY,
        [DepotId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Minimum] int NOT NULL,
        [Target] int NOT NULL,
        CONSTRAINT [PK_Quotas] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Quotas_Range] CHECK ("Minimum" >= 0 AND "Minimum" <= "Target"),
        CONSTRAINT [FK_Quotas_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Quotas_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [StockBalances] (
        [Id] int NOT NULL IDENTITY,
        [Key] nvarchar(80) NOT NULL,
        [DepotId] int NOT NULL,
        [LocationId] int NULL,
        [ItemId] int NOT NULL,
        [BatchId] int NULL,
        [EquipmentUnitId] int NULL,
        [Mode] nvarchar(30) NOT NULL,
        [OnHand] int NOT NULL,
        [Reserved] int NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_StockBalances] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_StockBalances_OnHand] CHECK ("OnHand" >= 0),
        CONSTRAINT [CK_StockBalances_Reserved] CHECK ("Reserved" >= 0 AND "Reserved" <= "OnHand"),
        CONSTRAINT [FK_StockBalances_Batches_BatchId] FOREIGN KEY ([BatchId]) REFERENCES [Batches] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockBalances_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockBalances_EquipmentUnits_EquipmentUnitId] FOREIGN KEY ([EquipmentUnitId]) REFERENCES [EquipmentUnits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockBalances_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockBalances_Locations_LocationId] FOREIGN KEY ([LocationId]) REFERENCES [Locations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE TABLE [StockMovements] (
        [Id] bigint NOT NULL IDENTITY,
        [DocumentId] int NOT NULL,
        [BalanceId] int NOT NULL,
        [DepotId] int NOT NULL,
        [LocationId] int NULL,
        [ItemId] int NOT NULL,
        [BatchId] int NULL,
        [EquipmentUnitId] int NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Quantity] int NOT NULL,
        [BalanceAfter] int NOT NULL,
        [UserName] nvarchar(100) NOT NULL,
        [StationId] int NULL,
        [OccurredAt] datetime2 NOT NULL,
        CONSTRAINT [PK_StockMovements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StockMovements_StockBalances_BalanceId] FOREIGN KEY ([BalanceId]) REFERENCES [StockBalances] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StockMovements_StockDocuments_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [StockDocuments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_DepartmentId] ON [AspNetUsers] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_Action_At] ON [AuditEntries] ([Action], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_At] ON [AuditEntries] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_Batches_Expiry] ON [Batches] ([Expiry]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Batches_ItemId_Lot] ON [Batches] ([ItemId], [Lot]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Batches_Number] ON [Batches] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Departments_Code] ON [Departments] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Depots_Code] ON [Depots] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EquipmentUnits_AssetNumber] ON [EquipmentUnits] ([AssetNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_EquipmentUnits_DepotId] ON [EquipmentUnits] ([DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EquipmentUnits_ItemId_SerialNumber] ON [EquipmentUnits] ([ItemId], [SerialNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_EquipmentUnits_SerialNumber] ON [EquipmentUnits] ([SerialNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_Items_Class] ON [Items] ([Class]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Items_Code] ON [Items] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_Items_DepartmentId] ON [Items] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Items_Gtin] ON [Items] ([Gtin]) WHERE [Gtin] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_Items_Name] ON [Items] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Locations_Code] ON [Locations] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Locations_DepotId_Bin] ON [Locations] ([DepotId], [Bin]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Quotas_DepotId_ItemId] ON [Quotas] ([DepotId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_Quotas_ItemId] ON [Quotas] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_Stations_DepotId] ON [Stations] ([DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Stations_KeyHash] ON [Stations] ([KeyHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Stations_Name] ON [Stations] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockBalances_BatchId] ON [StockBalances] ([BatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockBalances_DepotId_ItemId] ON [StockBalances] ([DepotId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockBalances_EquipmentUnitId] ON [StockBalances] ([EquipmentUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockBalances_ItemId_DepotId] ON [StockBalances] ([ItemId], [DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StockBalances_Key] ON [StockBalances] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockBalances_LocationId] ON [StockBalances] ([LocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StockDocuments_ClientId] ON [StockDocuments] ([ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockDocuments_DepotId_PostedAt] ON [StockDocuments] ([DepotId], [PostedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StockDocuments_Number] ON [StockDocuments] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockMovements_BalanceId] ON [StockMovements] ([BalanceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockMovements_DepotId_OccurredAt] ON [StockMovements] ([DepotId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockMovements_DocumentId] ON [StockMovements] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockMovements_ItemId_OccurredAt] ON [StockMovements] ([ItemId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_StockMovements_OccurredAt] ON [StockMovements] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    CREATE INDEX [IX_UserDepots_DepotId] ON [UserDepots] ([DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235329_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123235329_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235345_AppendOnlyLedger'
)
BEGIN
    EXEC(N'CREATE TRIGGER TR_StockMovements_AppendOnly ON [StockMovements] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 50001, ''StockMovements rows are append-only'', 1; END;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235345_AppendOnlyLedger'
)
BEGIN
    EXEC(N'CREATE TRIGGER TR_AuditEntries_AppendOnly ON [AuditEntries] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 50001, ''AuditEntries rows are append-only'', 1; END;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123235345_AppendOnlyLedger'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123235345_AppendOnlyLedger', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE TABLE [AllocationRequests] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(30) NOT NULL,
        [Incident] nvarchar(100) NOT NULL,
        [Level] nvarchar(30) NOT NULL,
        [NeededBy] datetime2 NOT NULL,
        [DestinationKind] nvarchar(30) NOT NULL,
        [DestinationDepotId] int NULL,
        [DestinationName] nvarchar(200) NOT NULL,
        [DestinationLatitude] float NULL,
        [DestinationLongitude] float NULL,
        [ContactName] nvarchar(50) NOT NULL,
        [ContactPhone] nvarchar(30) NOT NULL,
        [DepartmentId] int NULL,
        [RequestedBy] nvarchar(100) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [State] nvarchar(30) NOT NULL,
        [Ratification] nvarchar(30) NOT NULL,
        [Note] nvarchar(500) NULL,
        [Reason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_AllocationRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AllocationRequests_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AllocationRequests_Depots_DestinationDepotId] FOREIGN KEY ([DestinationDepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE TABLE [AllocationLine] (
        [Id] int NOT NULL IDENTITY,
        [RequestId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Requested] int NOT NULL,
        [Approved] int NULL,
        CONSTRAINT [PK_AllocationLine] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AllocationLine_AllocationRequests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [AllocationRequests] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AllocationLine_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE TABLE [Dispatches] (
        [Id] int NOT NULL IDENTITY,
        [RequestId] int NOT NULL,
        [Number] nvarchar(30) NOT NULL,
        [SourceDepotId] int NOT NULL,
        [State] nvarchar(30) NOT NULL,
        [Vehicle] nvarchar(20) NULL,
        [Driver] nvarchar(50) NULL,
        [DriverPhone] nvarchar(30) NULL,
        [PickingStartedAt] datetime2 NULL,
        [DispatchedAt] datetime2 NULL,
        [DispatchedBy] nvarchar(100) NULL,
        [DeliveryCodeHash] nvarchar(64) NULL,
        [ShortCodeHash] nvarchar(64) NULL,
        [DeliveredAt] datetime2 NULL,
        [DeliveredBy] nvarchar(100) NULL,
        [DeliveryNote] nvarchar(500) NULL,
        CONSTRAINT [PK_Dispatches] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Dispatches_AllocationRequests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [AllocationRequests] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Dispatches_Depots_SourceDepotId] FOREIGN KEY ([SourceDepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE TABLE [RequestTransitions] (
        [Id] bigint NOT NULL IDENTITY,
        [RequestId] int NOT NULL,
        [From] nvarchar(30) NOT NULL,
        [To] nvarchar(30) NOT NULL,
        [Trigger] nvarchar(30) NOT NULL,
        [By] nvarchar(100) NOT NULL,
        [At] datetime2 NOT NULL,
        [Note] nvarchar(500) NULL,
        CONSTRAINT [PK_RequestTransitions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RequestTransitions_AllocationRequests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [AllocationRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE TABLE [DispatchLine] (
        [Id] int NOT NULL IDENTITY,
        [DispatchId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        [Received] int NULL,
        [Short] int NULL,
        [Damaged] int NULL,
        CONSTRAINT [PK_DispatchLine] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DispatchLine_Dispatches_DispatchId] FOREIGN KEY ([DispatchId]) REFERENCES [Dispatches] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DispatchLine_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE TABLE [DispatchPicks] (
        [Id] int NOT NULL IDENTITY,
        [DispatchId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        [BalanceId] int NOT NULL,
        [BatchId] int NULL,
        [EquipmentUnitId] int NULL,
        [LocationId] int NULL,
        [ClientId] nvarchar(64) NOT NULL,
        [PickedBy] nvarchar(100) NOT NULL,
        [PickedAt] datetime2 NOT NULL,
        [FefoOverride] nvarchar(200) NULL,
        CONSTRAINT [PK_DispatchPicks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DispatchPicks_Dispatches_DispatchId] FOREIGN KEY ([DispatchId]) REFERENCES [Dispatches] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DispatchPicks_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DispatchPicks_StockBalances_BalanceId] FOREIGN KEY ([BalanceId]) REFERENCES [StockBalances] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE TABLE [DispatchReturn] (
        [Id] int NOT NULL IDENTITY,
        [DispatchId] int NOT NULL,
        [ItemId] int NOT NULL,
        [EquipmentUnitId] int NULL,
        [Quantity] int NOT NULL,
        [Condition] nvarchar(30) NOT NULL,
        [ReturnedBy] nvarchar(100) NOT NULL,
        [ReturnedAt] datetime2 NOT NULL,
        [Note] nvarchar(500) NULL,
        CONSTRAINT [PK_DispatchReturn] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DispatchReturn_Dispatches_DispatchId] FOREIGN KEY ([DispatchId]) REFERENCES [Dispatches] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE TABLE [Reservation] (
        [Id] int NOT NULL IDENTITY,
        [DispatchId] int NOT NULL,
        [BalanceId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        [Released] bit NOT NULL,
        CONSTRAINT [PK_Reservation] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Reservation_Dispatches_DispatchId] FOREIGN KEY ([DispatchId]) REFERENCES [Dispatches] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Reservation_StockBalances_BalanceId] FOREIGN KEY ([BalanceId]) REFERENCES [StockBalances] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_AllocationLine_ItemId] ON [AllocationLine] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AllocationLine_RequestId_ItemId] ON [AllocationLine] ([RequestId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_AllocationRequests_DepartmentId] ON [AllocationRequests] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_AllocationRequests_DestinationDepotId] ON [AllocationRequests] ([DestinationDepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AllocationRequests_Number] ON [AllocationRequests] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_AllocationRequests_State_NeededBy] ON [AllocationRequests] ([State], [NeededBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Dispatches_Number] ON [Dispatches] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_Dispatches_RequestId] ON [Dispatches] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Dispatches_ShortCodeHash] ON [Dispatches] ([ShortCodeHash]) WHERE [ShortCodeHash] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_Dispatches_SourceDepotId_State] ON [Dispatches] ([SourceDepotId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DispatchLine_DispatchId_ItemId] ON [DispatchLine] ([DispatchId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_DispatchLine_ItemId] ON [DispatchLine] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_DispatchPicks_BalanceId] ON [DispatchPicks] ([BalanceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DispatchPicks_ClientId] ON [DispatchPicks] ([ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_DispatchPicks_DispatchId] ON [DispatchPicks] ([DispatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_DispatchPicks_ItemId] ON [DispatchPicks] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_DispatchReturn_DispatchId] ON [DispatchReturn] ([DispatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_RequestTransitions_RequestId_At] ON [RequestTransitions] ([RequestId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_RequestTransitions_To_At] ON [RequestTransitions] ([To], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_Reservation_BalanceId_Released] ON [Reservation] ([BalanceId], [Released]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    CREATE INDEX [IX_Reservation_DispatchId] ON [Reservation] ([DispatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003137_Allocation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124003137_Allocation', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    CREATE TABLE [Printers] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(60) NOT NULL,
        [DepotId] int NOT NULL,
        [Address] nvarchar(200) NOT NULL,
        [Paper] nvarchar(30) NOT NULL,
        [Encoding] nvarchar(30) NOT NULL,
        CONSTRAINT [PK_Printers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Printers_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    CREATE TABLE [PrintJobs] (
        [Id] bigint NOT NULL IDENTITY,
        [Kind] nvarchar(30) NOT NULL,
        [Title] nvarchar(120) NOT NULL,
        [PrinterId] int NULL,
        [DepotId] int NULL,
        [DocumentId] int NULL,
        [Content] varbinary(max) NULL,
        [State] nvarchar(30) NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [LeaseOwner] nvarchar(100) NULL,
        [LeaseExpiresAt] datetime2 NULL,
        [LastError] nvarchar(500) NULL,
        [CreatedBy] nvarchar(100) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [PrintedAt] datetime2 NULL,
        CONSTRAINT [PK_PrintJobs] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PrintJobs_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PrintJobs_Printers_PrinterId] FOREIGN KEY ([PrinterId]) REFERENCES [Printers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PrintJobs_StockDocuments_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [StockDocuments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    CREATE INDEX [IX_Stations_DefaultPrinterId] ON [Stations] ([DefaultPrinterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    CREATE INDEX [IX_Printers_DepotId] ON [Printers] ([DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Printers_Name] ON [Printers] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    CREATE INDEX [IX_PrintJobs_DepotId] ON [PrintJobs] ([DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    CREATE INDEX [IX_PrintJobs_DocumentId] ON [PrintJobs] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    CREATE INDEX [IX_PrintJobs_PrinterId] ON [PrintJobs] ([PrinterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    CREATE INDEX [IX_PrintJobs_State_Id] ON [PrintJobs] ([State], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    ALTER TABLE [Stations] ADD CONSTRAINT [FK_Stations_Printers_DefaultPrinterId] FOREIGN KEY ([DefaultPrinterId]) REFERENCES [Printers] ([Id]) ON DELETE SET NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124004758_Printing'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124004758_Printing', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    DROP INDEX [IX_StockDocuments_ClientId] ON [StockDocuments];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    DROP INDEX [IX_DispatchPicks_ClientId] ON [DispatchPicks];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    ALTER TABLE [StockDocuments] ADD [ClientScope] nvarchar(80) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    ALTER TABLE [StockDocuments] ADD [RequestFingerprint] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    ALTER TABLE [DispatchPicks] ADD [ClientScope] nvarchar(80) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    ALTER TABLE [DispatchPicks] ADD [RequestFingerprint] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    UPDATE StockDocuments SET ClientScope = CASE
        WHEN Reason IN ('Allocation', 'TransferOut', 'TransferIn') THEN 'product'
        WHEN StationId IS NULL AND Reason = 'Return' AND ClientId LIKE 'return-%' THEN 'product'
        WHEN Reason = 'OpeningBalance' AND ClientId LIKE 'seed-%' THEN 'product'
        WHEN StationId IS NOT NULL THEN 'station:' + CAST(StationId AS nvarchar(100))
        ELSE 'user:' + CAST(COALESCE((SELECT u.Id FROM AspNetUsers u WHERE u.UserName = StockDocuments.UserName), StockDocuments.UserName) AS nvarchar(100))
    END;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    UPDATE DispatchPicks SET ClientScope = CASE
        WHEN ClientId LIKE 'seed-%' THEN 'product'
        ELSE 'user:' + CAST(COALESCE((SELECT u.Id FROM AspNetUsers u WHERE u.UserName = DispatchPicks.PickedBy), DispatchPicks.PickedBy) AS nvarchar(100))
    END;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StockDocuments_ClientScope_ClientId] ON [StockDocuments] ([ClientScope], [ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DispatchPicks_ClientScope_ClientId] ON [DispatchPicks] ([ClientScope], [ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035719_ClientScopes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130035719_ClientScopes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035800_UserAdministration'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [Disabled] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035800_UserAdministration'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [MustChangePassword] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035800_UserAdministration'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_UserName_At] ON [AuditEntries] ([UserName], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130035800_UserAdministration'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130035800_UserAdministration', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [StockMovements] ADD [Hash] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [StockMovements] ADD [PreviousHash] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [StockMovements] ADD [Sequence] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [Quotas] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [Locations] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [Items] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [Depots] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [Departments] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [Hash] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [PreviousHash] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [Sequence] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    CREATE TABLE [ChainHeads] (
        [Name] nvarchar(20) NOT NULL,
        [Sequence] bigint NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_ChainHeads] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    CREATE TABLE [IntegrityChecks] (
        [Id] bigint NOT NULL IDENTITY,
        [CheckedAt] datetime2 NOT NULL,
        [AuditThrough] bigint NOT NULL,
        [LedgerThrough] bigint NOT NULL,
        [BrokenChain] nvarchar(20) NULL,
        [BrokenRowId] bigint NULL,
        [BrokenSequence] bigint NULL,
        [Expected] nvarchar(500) NULL,
        [DriftingBalances] int NOT NULL,
        [Drift] nvarchar(2000) NULL,
        CONSTRAINT [PK_IntegrityChecks] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Name', N'Hash', N'Sequence') AND [object_id] = OBJECT_ID(N'[ChainHeads]'))
        SET IDENTITY_INSERT [ChainHeads] ON;
    EXEC(N'INSERT INTO [ChainHeads] ([Name], [Hash], [Sequence])
    VALUES (N''audit'', N''0000000000000000000000000000000000000000000000000000000000000000'', CAST(0 AS bigint)),
    (N''ledger'', N''0000000000000000000000000000000000000000000000000000000000000000'', CAST(0 AS bigint))');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Name', N'Hash', N'Sequence') AND [object_id] = OBJECT_ID(N'[ChainHeads]'))
        SET IDENTITY_INSERT [ChainHeads] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_StockMovements_Sequence] ON [StockMovements] ([Sequence]) WHERE [Sequence] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AuditEntries_Sequence] ON [AuditEntries] ([Sequence]) WHERE [Sequence] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    DROP TRIGGER TR_StockMovements_AppendOnly;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    EXEC(N'CREATE TRIGGER TR_StockMovements_AppendOnly ON [StockMovements] INSTEAD OF UPDATE, DELETE AS
    BEGIN
        SET NOCOUNT ON;
        IF NOT EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted WHERE [Hash] IS NOT NULL)
            OR EXISTS (SELECT 1 FROM inserted WHERE [Hash] IS NULL)
            OR EXISTS (SELECT [Id], [DocumentId], [BalanceId], [DepotId], [LocationId], [ItemId], [BatchId], [EquipmentUnitId], [Kind], [Quantity], [BalanceAfter], [UserName], [StationId], [OccurredAt] FROM inserted EXCEPT SELECT [Id], [DocumentId], [BalanceId], [DepotId], [LocationId], [ItemId], [BatchId], [EquipmentUnitId], [Kind], [Quantity], [BalanceAfter], [UserName], [StationId], [OccurredAt] FROM deleted)
            THROW 50001, ''StockMovements rows are append-only'', 1;
        UPDATE t SET [Sequence] = i.[Sequence], [PreviousHash] = i.[PreviousHash], [Hash] = i.[Hash]
        FROM [StockMovements] t JOIN inserted i ON i.[Id] = t.[Id];
    END;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    DROP TRIGGER TR_AuditEntries_AppendOnly;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    EXEC(N'CREATE TRIGGER TR_AuditEntries_AppendOnly ON [AuditEntries] INSTEAD OF UPDATE, DELETE AS
    BEGIN
        SET NOCOUNT ON;
        IF NOT EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted WHERE [Hash] IS NOT NULL)
            OR EXISTS (SELECT 1 FROM inserted WHERE [Hash] IS NULL)
            OR EXISTS (SELECT [Id], [At], [UserName], [Action], [Subject], [Detail], [Origin] FROM inserted EXCEPT SELECT [Id], [At], [UserName], [Action], [Subject], [Detail], [Origin] FROM deleted)
            THROW 50001, ''AuditEntries rows are append-only'', 1;
        UPDATE t SET [Sequence] = i.[Sequence], [PreviousHash] = i.[PreviousHash], [Hash] = i.[Hash]
        FROM [AuditEntries] t JOIN inserted i ON i.[Id] = t.[Id];
    END;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    EXEC(N'CREATE TRIGGER TR_StockDocuments_AppendOnly ON [StockDocuments] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 50001, ''StockDocuments rows are append-only'', 1; END;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045000_HashChains'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130045000_HashChains', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063204_FirstRunSetup'
)
BEGIN
    CREATE TABLE [Bureaus] (
        [Id] int NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [TimeZoneId] nvarchar(64) NOT NULL,
        [SetUpAt] datetime2 NOT NULL,
        CONSTRAINT [PK_Bureaus] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063204_FirstRunSetup'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130063204_FirstRunSetup', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE TABLE [StockCounts] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(30) NOT NULL,
        [DepotId] int NOT NULL,
        [Scope] nvarchar(30) NOT NULL,
        [FromBin] nvarchar(30) NULL,
        [ToBin] nvarchar(30) NULL,
        [Class] nvarchar(30) NULL,
        [CycleSize] int NULL,
        [Counters] nvarchar(200) NULL,
        [State] nvarchar(30) NOT NULL,
        [PlannedBy] nvarchar(100) NOT NULL,
        [PlannedAt] datetime2 NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [DecidedBy] nvarchar(100) NULL,
        [DecidedAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_StockCounts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StockCounts_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE TABLE [CountEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [CountId] int NOT NULL,
        [LocationId] int NOT NULL,
        [ItemId] int NOT NULL,
        [BatchId] int NULL,
        [EquipmentUnitId] int NULL,
        [Quantity] int NOT NULL,
        [Round] int NOT NULL,
        [UserName] nvarchar(100) NOT NULL,
        [ClientScope] nvarchar(80) NOT NULL,
        [ClientId] nvarchar(64) NOT NULL,
        [At] datetime2 NOT NULL,
        CONSTRAINT [PK_CountEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CountEntries_StockCounts_CountId] FOREIGN KEY ([CountId]) REFERENCES [StockCounts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE TABLE [CountLines] (
        [Id] bigint NOT NULL IDENTITY,
        [CountId] int NOT NULL,
        [LocationId] int NOT NULL,
        [ItemId] int NOT NULL,
        [BatchId] int NULL,
        [EquipmentUnitId] int NULL,
        [Expected] int NOT NULL,
        [Counted] int NOT NULL,
        [UnitPrice] decimal(18,2) NOT NULL,
        [Recounted] bit NOT NULL,
        CONSTRAINT [PK_CountLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CountLines_StockCounts_CountId] FOREIGN KEY ([CountId]) REFERENCES [StockCounts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE TABLE [CountLocations] (
        [Id] int NOT NULL IDENTITY,
        [CountId] int NOT NULL,
        [LocationId] int NOT NULL,
        [LocationCode] nvarchar(30) NOT NULL,
        [Marker] bigint NULL,
        [CountedBy] nvarchar(100) NULL,
        [CountedAt] datetime2 NULL,
        [NeedsRecount] bit NOT NULL,
        [RecountMarker] bigint NULL,
        [RecountedBy] nvarchar(100) NULL,
        [RecountedAt] datetime2 NULL,
        CONSTRAINT [PK_CountLocations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CountLocations_Locations_LocationId] FOREIGN KEY ([LocationId]) REFERENCES [Locations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CountLocations_StockCounts_CountId] FOREIGN KEY ([CountId]) REFERENCES [StockCounts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CountEntries_CountId_ClientScope_ClientId] ON [CountEntries] ([CountId], [ClientScope], [ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE INDEX [IX_CountEntries_CountId_LocationId] ON [CountEntries] ([CountId], [LocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE INDEX [IX_CountLines_CountId_LocationId] ON [CountLines] ([CountId], [LocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CountLocations_CountId_LocationId] ON [CountLocations] ([CountId], [LocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE INDEX [IX_CountLocations_LocationId] ON [CountLocations] ([LocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE INDEX [IX_StockCounts_DepotId_State] ON [StockCounts] ([DepotId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StockCounts_Number] ON [StockCounts] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081105_Counts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130081105_Counts', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    ALTER TABLE [Printers] ADD [Kind] nvarchar(30) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    ALTER TABLE [Printers] ADD [LabelDpi] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    ALTER TABLE [Printers] ADD [LabelFont] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    ALTER TABLE [Printers] ADD [LabelHeightMm] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    ALTER TABLE [Printers] ADD [LabelWidthMm] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE TABLE [ClosedPeriods] (
        [Id] int NOT NULL IDENTITY,
        [From] date NOT NULL,
        [To] date NOT NULL,
        [StartsAt] datetime2 NOT NULL,
        [EndsAt] datetime2 NOT NULL,
        [ClosedBy] nvarchar(100) NOT NULL,
        [ClosedAt] datetime2 NOT NULL,
        [Snapshot] nvarchar(max) NOT NULL,
        [Digest] nvarchar(64) NOT NULL,
        [Rows] bigint NOT NULL,
        [SignedOffBy] nvarchar(100) NULL,
        [SignedOffAt] datetime2 NULL,
        [SignOffComment] nvarchar(2000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ClosedPeriods] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE TABLE [RefusedPostings] (
        [Id] int NOT NULL IDENTITY,
        [DepotId] int NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [ClientScope] nvarchar(80) NOT NULL,
        [ClientId] nvarchar(64) NOT NULL,
        [UserName] nvarchar(256) NOT NULL,
        [ErrorCode] nvarchar(60) NOT NULL,
        [Detail] nvarchar(500) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [QueuedAt] datetime2 NULL,
        [RefusedAt] datetime2 NOT NULL,
        [ResolvedAt] datetime2 NULL,
        [ResolvedBy] nvarchar(256) NULL,
        [ResolutionNote] nvarchar(500) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_RefusedPostings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RefusedPostings_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE TABLE [StationAgents] (
        [StationId] int NOT NULL,
        [LastSeenAt] datetime2 NOT NULL,
        [HasScanner] bit NOT NULL,
        CONSTRAINT [PK_StationAgents] PRIMARY KEY ([StationId]),
        CONSTRAINT [FK_StationAgents_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE TABLE [ClosedPeriodDocuments] (
        [Id] bigint NOT NULL IDENTITY,
        [ClosedPeriodId] int NOT NULL,
        [DocumentId] int NOT NULL,
        [Number] nvarchar(30) NOT NULL,
        [Rows] int NOT NULL,
        [Digest] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_ClosedPeriodDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ClosedPeriodDocuments_ClosedPeriods_ClosedPeriodId] FOREIGN KEY ([ClosedPeriodId]) REFERENCES [ClosedPeriods] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE TABLE [AgentPrinters] (
        [Id] int NOT NULL IDENTITY,
        [StationId] int NOT NULL,
        [Name] nvarchar(40) NOT NULL,
        [Position] int NOT NULL,
        [Status] nvarchar(30) NOT NULL,
        [ReportedAt] datetime2 NOT NULL,
        [PrinterId] int NULL,
        CONSTRAINT [PK_AgentPrinters] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgentPrinters_Printers_PrinterId] FOREIGN KEY ([PrinterId]) REFERENCES [Printers] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_AgentPrinters_StationAgents_StationId] FOREIGN KEY ([StationId]) REFERENCES [StationAgents] ([StationId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE INDEX [IX_AgentPrinters_PrinterId] ON [AgentPrinters] ([PrinterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AgentPrinters_StationId_Name] ON [AgentPrinters] ([StationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ClosedPeriodDocuments_ClosedPeriodId_DocumentId] ON [ClosedPeriodDocuments] ([ClosedPeriodId], [DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE INDEX [IX_ClosedPeriods_StartsAt_EndsAt] ON [ClosedPeriods] ([StartsAt], [EndsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RefusedPostings_ClientScope_ClientId] ON [RefusedPostings] ([ClientScope], [ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    CREATE INDEX [IX_RefusedPostings_DepotId_ResolvedAt] ON [RefusedPostings] ([DepotId], [ResolvedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    UPDATE Printers SET Kind = 'Receipt' WHERE Kind = '';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130112556_PeriodsLabelsAgentsOffline'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130112556_PeriodsLabelsAgentsOffline', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122005_ReserveFloors'
)
BEGIN
    ALTER TABLE [Quotas] ADD [ReserveFloor] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122005_ReserveFloors'
)
BEGIN
    EXEC(N'ALTER TABLE [Quotas] ADD CONSTRAINT [CK_Quotas_ReserveFloor] CHECK ("ReserveFloor" >= 0 AND "ReserveFloor" <= "Target")');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122005_ReserveFloors'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130122005_ReserveFloors', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    ALTER TABLE [AllocationRequests] ADD [ApprovalRuleId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    ALTER TABLE [AllocationRequests] ADD [DestinationPlaceId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [ApprovalRules] (
        [Id] int NOT NULL IDENTITY,
        [RuleNumber] int NOT NULL,
        [Version] int NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [LevelMask] int NOT NULL,
        [SupplyClass] nvarchar(30) NULL,
        [MinimumValue] decimal(18,2) NULL,
        [DepartmentId] int NULL,
        [BreaksFloor] bit NULL,
        [StepList] nvarchar(200) NOT NULL,
        [CreatedBy] nvarchar(100) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Active] bit NOT NULL,
        CONSTRAINT [PK_ApprovalRules] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApprovalRules_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [ApprovalSteps] (
        [Id] bigint NOT NULL IDENTITY,
        [RequestId] int NOT NULL,
        [Number] int NOT NULL,
        [Level] nvarchar(30) NOT NULL,
        [Decision] nvarchar(30) NOT NULL,
        [OpenedAt] datetime2 NULL,
        [DecidedBy] nvarchar(100) NULL,
        [OnBehalfOf] nvarchar(100) NULL,
        [DecidedAt] datetime2 NULL,
        [Comment] nvarchar(500) NULL,
        [EscalatedAt] datetime2 NULL,
        CONSTRAINT [PK_ApprovalSteps] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApprovalSteps_AllocationRequests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [AllocationRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [Delegations] (
        [Id] int NOT NULL IDENTITY,
        [PrincipalUserName] nvarchar(100) NOT NULL,
        [DeputyUserName] nvarchar(100) NOT NULL,
        [From] datetime2 NOT NULL,
        [Until] datetime2 NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [RevokedAt] datetime2 NULL,
        CONSTRAINT [PK_Delegations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [EquipmentStandards] (
        [Id] int NOT NULL IDENTITY,
        [Version] int NOT NULL,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_EquipmentStandards] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [ForwardedScans] (
        [Id] bigint NOT NULL IDENTITY,
        [StationId] int NOT NULL,
        [Code] nvarchar(200) NOT NULL,
        [ForwardedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ForwardedScans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ForwardedScans_Stations_StationId] FOREIGN KEY ([StationId]) REFERENCES [Stations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [ImportJobs] (
        [Id] int NOT NULL IDENTITY,
        [Key] nvarchar(32) NOT NULL,
        [FileName] nvarchar(260) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [StartedBy] nvarchar(256) NOT NULL,
        [Culture] nvarchar(20) NOT NULL,
        [StartedAt] datetime2 NOT NULL,
        [FinishedAt] datetime2 NULL,
        [Stage] nvarchar(20) NOT NULL,
        [RowsDone] int NOT NULL,
        [RowsTotal] int NOT NULL,
        [Outcome] nvarchar(max) NULL,
        [FailureCode] nvarchar(60) NULL,
        CONSTRAINT [PK_ImportJobs] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [LedgerMonthTotals] (
        [Id] bigint NOT NULL IDENTITY,
        [Month] date NOT NULL,
        [DepotId] int NOT NULL,
        [Class] nvarchar(30) NOT NULL,
        [Mode] nvarchar(30) NOT NULL,
        [Reason] nvarchar(30) NOT NULL,
        [Inbound] bit NOT NULL,
        [Quantity] bigint NOT NULL,
        [Value] decimal(22,2) NOT NULL,
        CONSTRAINT [PK_LedgerMonthTotals] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [LedgerTotalsItems] (
        [ItemId] int NOT NULL,
        [Class] nvarchar(30) NOT NULL,
        [UnitPrice] decimal(18,2) NOT NULL,
        CONSTRAINT [PK_LedgerTotalsItems] PRIMARY KEY ([ItemId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [LedgerTotalsMarks] (
        [Id] int NOT NULL,
        [Sequence] bigint NOT NULL,
        [Zone] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_LedgerTotalsMarks] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [Places] (
        [Id] int NOT NULL IDENTITY,
        [Version] int NOT NULL,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [TownshipId] int NULL,
        [DutyPersons] int NOT NULL,
        [Households] int NOT NULL,
        [DepotId] int NULL,
        [Latitude] float NULL,
        [Longitude] float NULL,
        CONSTRAINT [PK_Places] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Places_Counts] CHECK ("DutyPersons" >= 0 AND "Households" >= 0),
        CONSTRAINT [FK_Places_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Places_Places_TownshipId] FOREIGN KEY ([TownshipId]) REFERENCES [Places] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [StandardLines] (
        [Id] int NOT NULL IDENTITY,
        [StandardId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Basis] nvarchar(30) NOT NULL,
        [Quantity] int NOT NULL,
        CONSTRAINT [PK_StandardLines] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_StandardLines_Quantity] CHECK ("Quantity" > 0),
        CONSTRAINT [FK_StandardLines_EquipmentStandards_StandardId] FOREIGN KEY ([StandardId]) REFERENCES [EquipmentStandards] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_StandardLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE TABLE [PlaceDocuments] (
        [Id] int NOT NULL IDENTITY,
        [StockDocumentId] int NOT NULL,
        [PlaceId] int NOT NULL,
        CONSTRAINT [PK_PlaceDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlaceDocuments_Places_PlaceId] FOREIGN KEY ([PlaceId]) REFERENCES [Places] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PlaceDocuments_StockDocuments_StockDocumentId] FOREIGN KEY ([StockDocumentId]) REFERENCES [StockDocuments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Sequence', N'Zone') AND [object_id] = OBJECT_ID(N'[LedgerTotalsMarks]'))
        SET IDENTITY_INSERT [LedgerTotalsMarks] ON;
    EXEC(N'INSERT INTO [LedgerTotalsMarks] ([Id], [Sequence], [Zone])
    VALUES (1, CAST(0 AS bigint), N'''')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Sequence', N'Zone') AND [object_id] = OBJECT_ID(N'[LedgerTotalsMarks]'))
        SET IDENTITY_INSERT [LedgerTotalsMarks] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_AllocationRequests_ApprovalRuleId] ON [AllocationRequests] ([ApprovalRuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_ApprovalRules_Active] ON [ApprovalRules] ([Active]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_ApprovalRules_DepartmentId] ON [ApprovalRules] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApprovalRules_RuleNumber_Version] ON [ApprovalRules] ([RuleNumber], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_ApprovalSteps_Decision_Level] ON [ApprovalSteps] ([Decision], [Level]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApprovalSteps_RequestId_Number] ON [ApprovalSteps] ([RequestId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_Delegations_DeputyUserName_Until] ON [Delegations] ([DeputyUserName], [Until]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_Delegations_PrincipalUserName_Until] ON [Delegations] ([PrincipalUserName], [Until]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EquipmentStandards_Code] ON [EquipmentStandards] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_ForwardedScans_StationId_Id] ON [ForwardedScans] ([StationId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ImportJobs_Key] ON [ImportJobs] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_ImportJobs_Stage_StartedAt] ON [ImportJobs] ([Stage], [StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_ImportJobs_StartedBy_StartedAt] ON [ImportJobs] ([StartedBy], [StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LedgerMonthTotals_Month_DepotId_Class_Mode_Reason_Inbound] ON [LedgerMonthTotals] ([Month], [DepotId], [Class], [Mode], [Reason], [Inbound]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_PlaceDocuments_PlaceId] ON [PlaceDocuments] ([PlaceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlaceDocuments_StockDocumentId] ON [PlaceDocuments] ([StockDocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Places_Code] ON [Places] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_Places_DepotId] ON [Places] ([DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_Places_TownshipId] ON [Places] ([TownshipId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE INDEX [IX_StandardLines_ItemId] ON [StandardLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StandardLines_StandardId_ItemId_Basis] ON [StandardLines] ([StandardId], [ItemId], [Basis]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130143806_ReadinessApprovalsImportJobs'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130143806_ReadinessApprovalsImportJobs', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    ALTER TABLE [DispatchPicks] ADD [ReadinessOverride] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE TABLE [MaintenancePlans] (
        [Id] int NOT NULL IDENTITY,
        [ItemId] int NULL,
        [Class] nvarchar(30) NULL,
        [Kind] nvarchar(30) NOT NULL,
        [IntervalDays] int NOT NULL,
        [RecordsHours] bit NOT NULL,
        CONSTRAINT [PK_MaintenancePlans] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_MaintenancePlans_Interval] CHECK ("IntervalDays" > 0),
        CONSTRAINT [CK_MaintenancePlans_Scope] CHECK (("ItemId" IS NULL AND "Class" IS NOT NULL) OR ("ItemId" IS NOT NULL AND "Class" IS NULL)),
        CONSTRAINT [FK_MaintenancePlans_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] bigint NOT NULL IDENTITY,
        [UserName] nvarchar(100) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [RequestId] int NOT NULL,
        [RequestNumber] nvarchar(40) NOT NULL,
        [Key] nvarchar(120) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ReadAt] datetime2 NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE TABLE [MaintenanceChecks] (
        [Id] int NOT NULL IDENTITY,
        [EquipmentUnitId] int NOT NULL,
        [PlanId] int NOT NULL,
        [Passed] bit NOT NULL,
        [HoursRun] decimal(9,1) NULL,
        [Notes] nvarchar(500) NULL,
        [UserName] nvarchar(256) NOT NULL,
        [At] datetime2 NOT NULL,
        [Day] date NOT NULL,
        CONSTRAINT [PK_MaintenanceChecks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MaintenanceChecks_EquipmentUnits_EquipmentUnitId] FOREIGN KEY ([EquipmentUnitId]) REFERENCES [EquipmentUnits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MaintenanceChecks_MaintenancePlans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [MaintenancePlans] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE TABLE [RepairJobs] (
        [Id] int NOT NULL IDENTITY,
        [Version] int NOT NULL,
        [EquipmentUnitId] int NOT NULL,
        [OpenUnitId] int NULL,
        [DepotId] int NOT NULL,
        [Cause] nvarchar(30) NOT NULL,
        [Fault] nvarchar(500) NULL,
        [CheckId] int NULL,
        [OpenedBy] nvarchar(256) NOT NULL,
        [OpenedAt] datetime2 NOT NULL,
        [WorkDone] nvarchar(500) NULL,
        [PartsNoteNumber] nvarchar(40) NULL,
        [ClosedBy] nvarchar(256) NULL,
        [ClosedAt] datetime2 NULL,
        CONSTRAINT [PK_RepairJobs] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RepairJobs_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_RepairJobs_EquipmentUnits_EquipmentUnitId] FOREIGN KEY ([EquipmentUnitId]) REFERENCES [EquipmentUnits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_RepairJobs_MaintenanceChecks_CheckId] FOREIGN KEY ([CheckId]) REFERENCES [MaintenanceChecks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE INDEX [IX_MaintenanceChecks_EquipmentUnitId_PlanId_Day] ON [MaintenanceChecks] ([EquipmentUnitId], [PlanId], [Day]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE INDEX [IX_MaintenanceChecks_PlanId] ON [MaintenanceChecks] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE INDEX [IX_MaintenancePlans_ItemId_Class_Kind] ON [MaintenancePlans] ([ItemId], [Class], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Notifications_UserName_Key] ON [Notifications] ([UserName], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE INDEX [IX_Notifications_UserName_ReadAt_CreatedAt] ON [Notifications] ([UserName], [ReadAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE INDEX [IX_RepairJobs_CheckId] ON [RepairJobs] ([CheckId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE INDEX [IX_RepairJobs_DepotId] ON [RepairJobs] ([DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    CREATE INDEX [IX_RepairJobs_EquipmentUnitId] ON [RepairJobs] ([EquipmentUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_RepairJobs_OpenUnitId] ON [RepairJobs] ([OpenUnitId]) WHERE [OpenUnitId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130170217_MaintenanceNotifications'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130170217_MaintenanceNotifications', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE TABLE [KitDefinitions] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_KitDefinitions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE TABLE [ReadinessWaivers] (
        [Id] int NOT NULL IDENTITY,
        [DispatchId] int NOT NULL,
        [EquipmentUnitId] int NOT NULL,
        [Reason] nvarchar(500) NOT NULL,
        [GrantedBy] nvarchar(256) NOT NULL,
        [GrantedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ReadinessWaivers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReadinessWaivers_Dispatches_DispatchId] FOREIGN KEY ([DispatchId]) REFERENCES [Dispatches] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ReadinessWaivers_EquipmentUnits_EquipmentUnitId] FOREIGN KEY ([EquipmentUnitId]) REFERENCES [EquipmentUnits] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE TABLE [WriteOffs] (
        [Id] int NOT NULL IDENTITY,
        [Version] int NOT NULL,
        [Number] nvarchar(40) NOT NULL,
        [DepotId] int NOT NULL,
        [Cause] nvarchar(20) NOT NULL,
        [Note] nvarchar(500) NULL,
        [State] nvarchar(20) NOT NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [RequestedAt] datetime2 NOT NULL,
        [DecidedBy] nvarchar(256) NULL,
        [DecidedAt] datetime2 NULL,
        [DecisionNote] nvarchar(500) NULL,
        [DocumentNumber] nvarchar(40) NULL,
        CONSTRAINT [PK_WriteOffs] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WriteOffs_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE TABLE [KitDefinitionLines] (
        [Id] int NOT NULL IDENTITY,
        [KitDefinitionId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        CONSTRAINT [PK_KitDefinitionLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_KitDefinitionLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_KitDefinitionLines_KitDefinitions_KitDefinitionId] FOREIGN KEY ([KitDefinitionId]) REFERENCES [KitDefinitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE TABLE [Kits] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(30) NOT NULL,
        [DefinitionId] int NOT NULL,
        [DepotId] int NOT NULL,
        [State] nvarchar(30) NOT NULL,
        [PackedBy] nvarchar(100) NOT NULL,
        [PackedAt] datetime2 NOT NULL,
        [DispatchId] int NULL,
        [UnpackedBy] nvarchar(100) NULL,
        [UnpackedAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Kits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Kits_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Kits_Dispatches_DispatchId] FOREIGN KEY ([DispatchId]) REFERENCES [Dispatches] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Kits_KitDefinitions_DefinitionId] FOREIGN KEY ([DefinitionId]) REFERENCES [KitDefinitions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE TABLE [WriteOffLines] (
        [Id] int NOT NULL IDENTITY,
        [WriteOffId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        [BatchId] int NULL,
        [EquipmentUnitId] int NULL,
        [LocationId] int NULL,
        CONSTRAINT [PK_WriteOffLines] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_WriteOffLines_Quantity] CHECK ("Quantity" > 0),
        CONSTRAINT [FK_WriteOffLines_Batches_BatchId] FOREIGN KEY ([BatchId]) REFERENCES [Batches] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WriteOffLines_EquipmentUnits_EquipmentUnitId] FOREIGN KEY ([EquipmentUnitId]) REFERENCES [EquipmentUnits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WriteOffLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WriteOffLines_Locations_LocationId] FOREIGN KEY ([LocationId]) REFERENCES [Locations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WriteOffLines_WriteOffs_WriteOffId] FOREIGN KEY ([WriteOffId]) REFERENCES [WriteOffs] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE TABLE [KitComponents] (
        [Id] int NOT NULL IDENTITY,
        [KitId] int NOT NULL,
        [ItemId] int NOT NULL,
        [BalanceId] int NOT NULL,
        [BatchId] int NULL,
        [EquipmentUnitId] int NULL,
        [HeldUnitId] int NULL,
        [Quantity] int NOT NULL,
        [Expiry] date NULL,
        CONSTRAINT [PK_KitComponents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_KitComponents_Batches_BatchId] FOREIGN KEY ([BatchId]) REFERENCES [Batches] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_KitComponents_EquipmentUnits_EquipmentUnitId] FOREIGN KEY ([EquipmentUnitId]) REFERENCES [EquipmentUnits] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_KitComponents_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_KitComponents_Kits_KitId] FOREIGN KEY ([KitId]) REFERENCES [Kits] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_KitComponents_StockBalances_BalanceId] FOREIGN KEY ([BalanceId]) REFERENCES [StockBalances] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_KitComponents_BalanceId] ON [KitComponents] ([BalanceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_KitComponents_BatchId] ON [KitComponents] ([BatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_KitComponents_EquipmentUnitId] ON [KitComponents] ([EquipmentUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_KitComponents_HeldUnitId] ON [KitComponents] ([HeldUnitId]) WHERE [HeldUnitId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_KitComponents_ItemId] ON [KitComponents] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_KitComponents_KitId] ON [KitComponents] ([KitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_KitDefinitionLines_ItemId] ON [KitDefinitionLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_KitDefinitionLines_KitDefinitionId_ItemId] ON [KitDefinitionLines] ([KitDefinitionId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_KitDefinitions_Code] ON [KitDefinitions] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_Kits_DefinitionId] ON [Kits] ([DefinitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_Kits_DepotId_State] ON [Kits] ([DepotId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_Kits_DispatchId] ON [Kits] ([DispatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Kits_Number] ON [Kits] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReadinessWaivers_DispatchId_EquipmentUnitId] ON [ReadinessWaivers] ([DispatchId], [EquipmentUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_ReadinessWaivers_EquipmentUnitId] ON [ReadinessWaivers] ([EquipmentUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_WriteOffLines_BatchId] ON [WriteOffLines] ([BatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_WriteOffLines_EquipmentUnitId] ON [WriteOffLines] ([EquipmentUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_WriteOffLines_ItemId] ON [WriteOffLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_WriteOffLines_LocationId] ON [WriteOffLines] ([LocationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_WriteOffLines_WriteOffId] ON [WriteOffLines] ([WriteOffId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_WriteOffs_DepotId] ON [WriteOffs] ([DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WriteOffs_Number] ON [WriteOffs] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    CREATE INDEX [IX_WriteOffs_State_DepotId] ON [WriteOffs] ([State], [DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130201110_KitsWriteOffsWaivers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130201110_KitsWriteOffsWaivers', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    ALTER TABLE [AllocationRequests] ADD [BreachNote] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    ALTER TABLE [AllocationRequests] ADD [BreachReason] nvarchar(30) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE TABLE [DepartmentApiKeys] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(60) NOT NULL,
        [DepartmentId] int NOT NULL,
        [KeyHash] nvarchar(64) NOT NULL,
        [KeyPrefix] nvarchar(8) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [RevokedAt] datetime2 NULL,
        [LastUsedAt] datetime2 NULL,
        CONSTRAINT [PK_DepartmentApiKeys] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DepartmentApiKeys_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE TABLE [HandOverSignatures] (
        [Id] int NOT NULL IDENTITY,
        [DispatchId] int NOT NULL,
        [Role] nvarchar(20) NOT NULL,
        [Signer] nvarchar(50) NOT NULL,
        [Png] varbinary(max) NOT NULL,
        [SignedAt] datetime2 NOT NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        [Latitude] float NULL,
        [Longitude] float NULL,
        [Accuracy] float NULL,
        CONSTRAINT [PK_HandOverSignatures] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_HandOverSignatures_Dispatches_DispatchId] FOREIGN KEY ([DispatchId]) REFERENCES [Dispatches] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE TABLE [RequestClientKeys] (
        [Id] int NOT NULL IDENTITY,
        [ClientScope] nvarchar(80) NOT NULL,
        [ClientId] nvarchar(64) NOT NULL,
        [Fingerprint] nvarchar(64) NOT NULL,
        [RequestId] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_RequestClientKeys] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RequestClientKeys_AllocationRequests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [AllocationRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE TABLE [Suppliers] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Contact] nvarchar(50) NOT NULL,
        [Phone] nvarchar(30) NOT NULL,
        CONSTRAINT [PK_Suppliers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE TABLE [SupplyAgreements] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(40) NOT NULL,
        [SupplierId] int NOT NULL,
        [ValidFrom] date NOT NULL,
        [ValidTo] date NOT NULL,
        [ResponseHours] int NOT NULL,
        CONSTRAINT [PK_SupplyAgreements] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_SupplyAgreements_Validity] CHECK ("ValidTo" >= "ValidFrom"),
        CONSTRAINT [FK_SupplyAgreements_Suppliers_SupplierId] FOREIGN KEY ([SupplierId]) REFERENCES [Suppliers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE TABLE [AgreementLines] (
        [Id] int NOT NULL IDENTITY,
        [AgreementId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Guaranteed] int NOT NULL,
        [Drawn] int NOT NULL,
        CONSTRAINT [PK_AgreementLines] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_AgreementLines_Drawn] CHECK ("Drawn" >= 0 AND "Drawn" <= "Guaranteed"),
        CONSTRAINT [CK_AgreementLines_Guaranteed] CHECK ("Guaranteed" > 0),
        CONSTRAINT [FK_AgreementLines_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AgreementLines_SupplyAgreements_AgreementId] FOREIGN KEY ([AgreementId]) REFERENCES [SupplyAgreements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE TABLE [CallUps] (
        [Id] int NOT NULL IDENTITY,
        [Version] int NOT NULL,
        [Number] nvarchar(30) NOT NULL,
        [AgreementId] int NOT NULL,
        [RequestId] int NOT NULL,
        [DestinationDepotId] int NULL,
        [State] nvarchar(20) NOT NULL,
        [OrderedAt] datetime2 NOT NULL,
        [DueAt] datetime2 NOT NULL,
        [DeliveredAt] datetime2 NULL,
        [DeliveredBy] nvarchar(100) NULL,
        [Note] nvarchar(500) NULL,
        [DeliveryCodeHash] nvarchar(64) NULL,
        [ShortCodeHash] nvarchar(64) NULL,
        [DocumentNumber] nvarchar(40) NULL,
        CONSTRAINT [PK_CallUps] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CallUps_AllocationRequests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [AllocationRequests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CallUps_Depots_DestinationDepotId] FOREIGN KEY ([DestinationDepotId]) REFERENCES [Depots] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CallUps_SupplyAgreements_AgreementId] FOREIGN KEY ([AgreementId]) REFERENCES [SupplyAgreements] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE TABLE [CallUpLine] (
        [Id] int NOT NULL IDENTITY,
        [CallUpId] int NOT NULL,
        [ItemId] int NOT NULL,
        [Quantity] int NOT NULL,
        CONSTRAINT [PK_CallUpLine] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_CallUpLines_Quantity] CHECK ("Quantity" > 0),
        CONSTRAINT [FK_CallUpLine_CallUps_CallUpId] FOREIGN KEY ([CallUpId]) REFERENCES [CallUps] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CallUpLine_Items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [Items] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AgreementLines_AgreementId_ItemId] ON [AgreementLines] ([AgreementId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE INDEX [IX_AgreementLines_ItemId] ON [AgreementLines] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE INDEX [IX_CallUpLine_CallUpId] ON [CallUpLine] ([CallUpId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE INDEX [IX_CallUpLine_ItemId] ON [CallUpLine] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE INDEX [IX_CallUps_AgreementId] ON [CallUps] ([AgreementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE INDEX [IX_CallUps_DestinationDepotId] ON [CallUps] ([DestinationDepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CallUps_Number] ON [CallUps] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE INDEX [IX_CallUps_RequestId] ON [CallUps] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_CallUps_ShortCodeHash] ON [CallUps] ([ShortCodeHash]) WHERE [ShortCodeHash] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE INDEX [IX_CallUps_State_DueAt] ON [CallUps] ([State], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DepartmentApiKeys_DepartmentId_Name] ON [DepartmentApiKeys] ([DepartmentId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DepartmentApiKeys_KeyHash] ON [DepartmentApiKeys] ([KeyHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE UNIQUE INDEX [IX_HandOverSignatures_DispatchId_Role] ON [HandOverSignatures] ([DispatchId], [Role]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RequestClientKeys_ClientScope_ClientId] ON [RequestClientKeys] ([ClientScope], [ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE INDEX [IX_RequestClientKeys_RequestId] ON [RequestClientKeys] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Suppliers_Code] ON [Suppliers] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SupplyAgreements_Number] ON [SupplyAgreements] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    CREATE INDEX [IX_SupplyAgreements_SupplierId] ON [SupplyAgreements] ([SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130232432_AllocationTwo'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130232432_AllocationTwo', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201010125_LedgerDayTotals'
)
BEGIN
    CREATE TABLE [LedgerDayTotals] (
        [Id] bigint NOT NULL IDENTITY,
        [Day] date NOT NULL,
        [DepotId] int NOT NULL,
        [Class] nvarchar(30) NOT NULL,
        [Mode] nvarchar(30) NOT NULL,
        [Reason] nvarchar(30) NOT NULL,
        [Inbound] bit NOT NULL,
        [Quantity] bigint NOT NULL,
        [Value] decimal(22,2) NOT NULL,
        CONSTRAINT [PK_LedgerDayTotals] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201010125_LedgerDayTotals'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LedgerDayTotals_Day_DepotId_Class_Mode_Reason_Inbound] ON [LedgerDayTotals] ([Day], [DepotId], [Class], [Mode], [Reason], [Inbound]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201010125_LedgerDayTotals'
)
BEGIN
    EXEC(N'UPDATE [LedgerTotalsMarks] SET [Zone] = N''''
    WHERE [Id] = 1;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201010125_LedgerDayTotals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201010125_LedgerDayTotals', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201021809_AgreementsTwo'
)
BEGIN
    ALTER TABLE [SupplyAgreements] ADD [EndedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201021809_AgreementsTwo'
)
BEGIN
    ALTER TABLE [SupplyAgreements] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201021809_AgreementsTwo'
)
BEGIN
    ALTER TABLE [Suppliers] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201021809_AgreementsTwo'
)
BEGIN
    ALTER TABLE [CallUps] ADD [CancelReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201021809_AgreementsTwo'
)
BEGIN
    ALTER TABLE [CallUps] ADD [CancelledAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201021809_AgreementsTwo'
)
BEGIN
    ALTER TABLE [CallUps] ADD [CancelledBy] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201021809_AgreementsTwo'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201021809_AgreementsTwo', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201022306_PageIndexes'
)
BEGIN
    CREATE INDEX [IX_Dispatches_DeliveredAt] ON [Dispatches] ([DeliveredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201022306_PageIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201022306_PageIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201041003_CoveringBalanceIndex'
)
BEGIN
    DROP INDEX [IX_StockBalances_DepotId_ItemId] ON [StockBalances];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201041003_CoveringBalanceIndex'
)
BEGIN
    CREATE INDEX [IX_StockBalances_DepotId_ItemId_OnHand] ON [StockBalances] ([DepotId], [ItemId], [OnHand]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201041003_CoveringBalanceIndex'
)
BEGIN
    CREATE INDEX [IX_Dispatches_State_DispatchedAt] ON [Dispatches] ([State], [DispatchedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201041003_CoveringBalanceIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201041003_CoveringBalanceIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201050728_BalanceHistoryIndex'
)
BEGIN
    DROP INDEX [IX_StockMovements_BalanceId] ON [StockMovements];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201050728_BalanceHistoryIndex'
)
BEGIN
    CREATE INDEX [IX_StockMovements_BalanceId_Id_BalanceAfter] ON [StockMovements] ([BalanceId], [Id], [BalanceAfter]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201050728_BalanceHistoryIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201050728_BalanceHistoryIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201074736_TransitionKindIndex'
)
BEGIN
    DROP INDEX [IX_RequestTransitions_RequestId_At] ON [RequestTransitions];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201074736_TransitionKindIndex'
)
BEGIN
    CREATE INDEX [IX_RequestTransitions_RequestId_To_At] ON [RequestTransitions] ([RequestId], [To], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201074736_TransitionKindIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201074736_TransitionKindIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201080916_QuotaCoverageRecords'
)
BEGIN
    CREATE TABLE [QuotaCoverageRecords] (
        [Id] int NOT NULL IDENTITY,
        [End] datetime2 NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_QuotaCoverageRecords] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201080916_QuotaCoverageRecords'
)
BEGIN
    CREATE TABLE [QuotaCoverageRecordLines] (
        [Id] int NOT NULL IDENTITY,
        [RecordId] int NOT NULL,
        [DepotId] int NOT NULL,
        [Lines] int NOT NULL,
        [AtMinimum] int NOT NULL,
        [AtTarget] int NOT NULL,
        [TargetQuantity] bigint NOT NULL,
        [CoveredQuantity] bigint NOT NULL,
        CONSTRAINT [PK_QuotaCoverageRecordLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_QuotaCoverageRecordLines_Depots_DepotId] FOREIGN KEY ([DepotId]) REFERENCES [Depots] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_QuotaCoverageRecordLines_QuotaCoverageRecords_RecordId] FOREIGN KEY ([RecordId]) REFERENCES [QuotaCoverageRecords] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201080916_QuotaCoverageRecords'
)
BEGIN
    CREATE INDEX [IX_QuotaCoverageRecordLines_DepotId] ON [QuotaCoverageRecordLines] ([DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201080916_QuotaCoverageRecords'
)
BEGIN
    CREATE UNIQUE INDEX [IX_QuotaCoverageRecordLines_RecordId_DepotId] ON [QuotaCoverageRecordLines] ([RecordId], [DepotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201080916_QuotaCoverageRecords'
)
BEGIN
    CREATE UNIQUE INDEX [IX_QuotaCoverageRecords_End] ON [QuotaCoverageRecords] ([End]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201080916_QuotaCoverageRecords'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201080916_QuotaCoverageRecords', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201081731_ExportJobsInTheDatabase'
)
BEGIN
    CREATE TABLE [ExportJobs] (
        [Id] int NOT NULL IDENTITY,
        [Key] nvarchar(32) NOT NULL,
        [FileName] nvarchar(260) NOT NULL,
        [StartedBy] nvarchar(256) NOT NULL,
        [RowsTotal] int NOT NULL,
        [RowsDone] int NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [StartedAt] datetime2 NOT NULL,
        [ProgressAt] datetime2 NOT NULL,
        [EndedAt] datetime2 NULL,
        CONSTRAINT [PK_ExportJobs] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201081731_ExportJobsInTheDatabase'
)
BEGIN
    CREATE TABLE [ExportWorkbooks] (
        [ExportJobId] int NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_ExportWorkbooks] PRIMARY KEY ([ExportJobId]),
        CONSTRAINT [FK_ExportWorkbooks_ExportJobs_ExportJobId] FOREIGN KEY ([ExportJobId]) REFERENCES [ExportJobs] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201081731_ExportJobsInTheDatabase'
)
BEGIN
    CREATE INDEX [IX_ExportJobs_EndedAt] ON [ExportJobs] ([EndedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201081731_ExportJobsInTheDatabase'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ExportJobs_Key] ON [ExportJobs] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201081731_ExportJobsInTheDatabase'
)
BEGIN
    CREATE INDEX [IX_ExportJobs_State_ProgressAt] ON [ExportJobs] ([State], [ProgressAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201081731_ExportJobsInTheDatabase'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201081731_ExportJobsInTheDatabase', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201150122_TransitionTriggerIndex'
)
BEGIN
    CREATE INDEX [IX_RequestTransitions_Trigger_At] ON [RequestTransitions] ([Trigger], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201150122_TransitionTriggerIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201150122_TransitionTriggerIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203447_ImportJobHeartbeat'
)
BEGIN
    ALTER TABLE [ImportJobs] ADD [HeartbeatAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203447_ImportJobHeartbeat'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201203447_ImportJobHeartbeat', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201234723_LedgerDepotOrder'
)
BEGIN
    CREATE INDEX [IX_StockMovements_DepotId_Id] ON [StockMovements] ([DepotId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201234723_LedgerDepotOrder'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201234723_LedgerDepotOrder', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201235947_RequestSubmittedAt'
)
BEGIN
    ALTER TABLE [AllocationRequests] ADD [SubmittedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201235947_RequestSubmittedAt'
)
BEGIN
    EXEC(N'UPDATE [AllocationRequests] SET [SubmittedAt] = (
        SELECT MIN(t.[At]) FROM [RequestTransitions] AS t
        WHERE t.[RequestId] = [AllocationRequests].[Id] AND t.[To] = N''Submitted'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201235947_RequestSubmittedAt'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201235947_RequestSubmittedAt', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202022305_DispatchDeliveryRecord'
)
BEGIN
    DROP INDEX [IX_Dispatches_DeliveredAt] ON [Dispatches];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202022305_DispatchDeliveryRecord'
)
BEGIN
    ALTER TABLE [Dispatches] ADD [DeliveredTo] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202022305_DispatchDeliveryRecord'
)
BEGIN
    ALTER TABLE [Dispatches] ADD [MinutesToDeliver] float NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202022305_DispatchDeliveryRecord'
)
BEGIN
    EXEC(N'UPDATE d SET d.[DeliveredTo] = r.[DestinationName],
        d.[MinutesToDeliver] = CAST(DATEDIFF_BIG(millisecond, r.[SubmittedAt], d.[DeliveredAt]) AS float) / 60000
    FROM [Dispatches] AS d INNER JOIN [AllocationRequests] AS r ON r.[Id] = d.[RequestId]
    WHERE d.[DeliveredAt] IS NOT NULL;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202022305_DispatchDeliveryRecord'
)
BEGIN
    CREATE INDEX [IX_Dispatches_Deliveries] ON [Dispatches] ([DeliveredAt], [SourceDepotId], [DeliveredTo], [MinutesToDeliver]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202022305_DispatchDeliveryRecord'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202022305_DispatchDeliveryRecord', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024310_QuotaHeld'
)
BEGIN
    ALTER TABLE [Quotas] ADD [Held] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024310_QuotaHeld'
)
BEGIN
    EXEC(N'UPDATE q SET q.[Held] = COALESCE((SELECT SUM(b.[OnHand]) FROM [StockBalances] AS b
        WHERE b.[DepotId] = q.[DepotId] AND b.[ItemId] = q.[ItemId]), 0) FROM [Quotas] AS q;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024310_QuotaHeld'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_StockBalances_Held] ON [StockBalances] AFTER INSERT, UPDATE, DELETE AS
    BEGIN
        SET NOCOUNT ON;
        UPDATE q SET q.[Held] = q.[Held] + c.[Delta]
        FROM [Quotas] AS q INNER JOIN (
            SELECT x.[DepotId], x.[ItemId], SUM(x.[OnHand]) AS [Delta]
            FROM (SELECT [DepotId], [ItemId], [OnHand] FROM inserted
                UNION ALL SELECT [DepotId], [ItemId], -[OnHand] FROM deleted) AS x
            GROUP BY x.[DepotId], x.[ItemId]) AS c ON c.[DepotId] = q.[DepotId] AND c.[ItemId] = q.[ItemId]
        WHERE c.[Delta] <> 0;
    END;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024310_QuotaHeld'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_Quotas_Held] ON [Quotas] AFTER INSERT, UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        IF NOT (UPDATE([DepotId]) OR UPDATE([ItemId])) RETURN;
        UPDATE q SET q.[Held] = COALESCE((SELECT SUM(b.[OnHand]) FROM [StockBalances] AS b WITH (UPDLOCK, HOLDLOCK)
            WHERE b.[DepotId] = q.[DepotId] AND b.[ItemId] = q.[ItemId]), 0)
        FROM [Quotas] AS q INNER JOIN inserted AS i ON i.[Id] = q.[Id];
    END;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024310_QuotaHeld'
)
BEGIN
    CREATE INDEX [IX_AllocationRequests_State_SubmittedAt] ON [AllocationRequests] ([State], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202024310_QuotaHeld'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202024310_QuotaHeld', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202053242_IntegrityQuotaDrift'
)
BEGIN
    ALTER TABLE [IntegrityChecks] ADD [DriftingQuotas] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202053242_IntegrityQuotaDrift'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202053242_IntegrityQuotaDrift', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070506_OpenPrintJobsIndex'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_PrintJobs_Open] ON [PrintJobs] ([PrinterId]) WHERE "State" IN (''Pending'', ''Printing'')');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070506_OpenPrintJobsIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202070506_OpenPrintJobsIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202135528_TransferTallies'
)
BEGIN
    ALTER TABLE [Dispatches] ADD [TalliedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202135528_TransferTallies'
)
BEGIN
    ALTER TABLE [CallUps] ADD [TalliedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202135528_TransferTallies'
)
BEGIN
    CREATE TABLE [TransferTallies] (
        [Id] bigint NOT NULL IDENTITY,
        [Day] date NOT NULL,
        [Leg] nvarchar(30) NOT NULL,
        [Step] int NOT NULL,
        [Source] nvarchar(100) NOT NULL,
        [Destination] nvarchar(200) NOT NULL,
        [Minutes] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_TransferTallies] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_TransferTallies_Count] CHECK ("Count" > 0),
        CONSTRAINT [CK_TransferTallies_Minutes] CHECK ("Minutes" >= 0)
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202135528_TransferTallies'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_Dispatches_Untallied] ON [Dispatches] ([DeliveredAt]) WHERE "TalliedAt" IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202135528_TransferTallies'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_CallUps_Untallied] ON [CallUps] ([DeliveredAt]) WHERE "TalliedAt" IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202135528_TransferTallies'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TransferTallies_Day_Leg_Step_Source_Destination_Minutes] ON [TransferTallies] ([Day], [Leg], [Step], [Source], [Destination], [Minutes]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202135528_TransferTallies'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202135528_TransferTallies', N'10.0.15');
END;

COMMIT;
GO

