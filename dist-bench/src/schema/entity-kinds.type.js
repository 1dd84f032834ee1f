"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENTITY_KINDS = exports.Source = exports.Topic = exports.Product = exports.Event = exports.Country = exports.Organization = exports.Person = void 0;
const type_graphql_1 = require("type-graphql");
const graphql_scalars_1 = require("graphql-scalars");
const entity_interface_1 = require("./entity.interface");
const enums_1 = require("./enums");
/*
 * One object type per kind. Their scalar fields come straight from the node; fields that follow
 * relationships are resolved in `src/resolvers/` through per-request loaders.
 */
let Person = class Person extends entity_interface_1.Entity {
};
exports.Person = Person;
exports.Person = Person = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: entity_interface_1.Entity, description: 'A person.' })
], Person);
let Organization = class Organization extends entity_interface_1.Entity {
    category;
};
exports.Organization = Organization;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.OrganizationCategory, { nullable: true, description: 'What kind of institution it is.' }),
    __metadata("design:type", Object)
], Organization.prototype, "category", void 0);
exports.Organization = Organization = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: entity_interface_1.Entity, description: 'An institution: company, government, party, regulator, intergovernmental body.' })
], Organization);
let Country = class Country extends entity_interface_1.Entity {
    isoCode;
};
exports.Country = Country;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code; null for a region.' }),
    __metadata("design:type", Object)
], Country.prototype, "isoCode", void 0);
exports.Country = Country = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: entity_interface_1.Entity, description: 'A country, or a region such as Europe (a region has no ISO code).' })
], Country);
let Event = class Event extends entity_interface_1.Entity {
    category;
    startDate;
    endDate;
    datePrecision;
    signatories;
};
exports.Event = Event;
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.EventCategory, { description: 'What kind of event it is.' }),
    __metadata("design:type", String)
], Event.prototype, "category", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDate, { description: 'When it began (the first day of the period when less precise than a day).' }),
    __metadata("design:type", String)
], Event.prototype, "startDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'When it ended, if it lasted.' }),
    __metadata("design:type", Object)
], Event.prototype, "endDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.DatePrecision, { description: 'How precisely `startDate` is known.' }),
    __metadata("design:type", String)
], Event.prototype, "datePrecision", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'For open letters: how many signed (a lower bound).' }),
    __metadata("design:type", Object)
], Event.prototype, "signatories", void 0);
exports.Event = Event = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: entity_interface_1.Entity, description: 'Something that happened: a meeting, ban, open letter, statement, ...' })
], Event);
let Product = class Product extends entity_interface_1.Entity {
};
exports.Product = Product;
exports.Product = Product = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: entity_interface_1.Entity, description: 'A product, such as a chatbot or a language model.' })
], Product);
let Topic = class Topic extends entity_interface_1.Entity {
};
exports.Topic = Topic;
exports.Topic = Topic = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: entity_interface_1.Entity, description: 'A subject that events concern, such as privacy.' })
], Topic);
let Source = class Source extends entity_interface_1.Entity {
    title;
    publishedOn;
    url;
};
exports.Source = Source;
__decorate([
    (0, type_graphql_1.Field)({ description: 'Title of the source.' }),
    __metadata("design:type", String)
], Source.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'When it was published.' }),
    __metadata("design:type", Object)
], Source.prototype, "publishedOn", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Where to read it, when public.' }),
    __metadata("design:type", Object)
], Source.prototype, "url", void 0);
exports.Source = Source = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: entity_interface_1.Entity, description: 'Where facts come from: an article, or general background knowledge.' })
], Source);
/** Every concrete entity type, for `buildSchema({ orphanedTypes })`. */
exports.ENTITY_KINDS = [Person, Organization, Country, Event, Product, Topic, Source];
