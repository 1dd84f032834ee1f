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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PersonResolver = void 0;
const type_graphql_1 = require("type-graphql");
const graphql_scalars_1 = require("graphql-scalars");
const typed_fields_type_1 = require("../schema/typed-fields.type");
const entity_kinds_type_1 = require("../schema/entity-kinds.type");
const enums_1 = require("../schema/enums");
const bounds_1 = require("./bounds");
const positions_1 = require("./positions");
const related_1 = require("./related");
const load_entities_1 = require("./load-entities");
const { OUTGOING, INCOMING } = enums_1.Direction;
let PersonResolver = class PersonResolver {
    positions(person, context, asOf) {
        return (0, positions_1.positionsOf)(context, person.id, OUTGOING, (0, bounds_1.isoDay)(asOf));
    }
    async events(person, context, categories) {
        const types = [enums_1.RelationshipType.PARTICIPATED_IN, enums_1.RelationshipType.STATED, enums_1.RelationshipType.SIGNED];
        const events = await (0, related_1.relatedEntities)(context, person.id, { types, direction: OUTGOING }, [enums_1.EntityType.EVENT]);
        return !categories ? events : events.filter((event) => categories.includes(event.category));
    }
    async metWith(person, context) {
        const attended = await (0, related_1.relatedEntities)(context, person.id, { types: [enums_1.RelationshipType.PARTICIPATED_IN], direction: OUTGOING }, [enums_1.EntityType.EVENT]);
        const meetings = attended.filter((event) => event.category === enums_1.EventCategory.MEETING);
        const encounters = new Map();
        await Promise.all(meetings.map(async (meeting) => {
            const edges = await (0, related_1.relatedEdges)(context, meeting.id, { types: [enums_1.RelationshipType.PARTICIPATED_IN], direction: INCOMING });
            for (const { otherId } of edges) {
                if (otherId !== person.id)
                    encounters.set(otherId, [...(encounters.get(otherId) ?? []), meeting]);
            }
        }));
        const people = (await (0, load_entities_1.loadEntities)(context, [...encounters.keys()])).filter((other) => other.type === enums_1.EntityType.PERSON);
        return people.map((other) => ({ person: other, meetings: encounters.get(other.id) ?? [] }));
    }
    statements(person, context) {
        return (0, related_1.relatedEntities)(context, person.id, { types: [enums_1.RelationshipType.STATED], direction: OUTGOING }, [enums_1.EntityType.EVENT]);
    }
    organizations(person, context) {
        const types = [enums_1.RelationshipType.HOLDS_POSITION, enums_1.RelationshipType.CO_FOUNDED, enums_1.RelationshipType.MEMBER_OF];
        return (0, related_1.relatedEntities)(context, person.id, { types, direction: OUTGOING }, [enums_1.EntityType.ORGANIZATION]);
    }
};
exports.PersonResolver = PersonResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [typed_fields_type_1.Position], { description: 'Positions held, with title and dates (HOLDS_POSITION).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __param(2, (0, type_graphql_1.Arg)('asOf', () => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'Only positions held on this day.' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object]),
    __metadata("design:returntype", Promise)
], PersonResolver.prototype, "positions", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Event], {
        description: 'Events the person took part in, spoke at (STATED) or signed, oldest first.',
    }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __param(2, (0, type_graphql_1.Arg)('categories', () => [enums_1.EventCategory], { nullable: true, description: 'Only events of these categories.' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object]),
    __metadata("design:returntype", Promise)
], PersonResolver.prototype, "events", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [typed_fields_type_1.Encounter], {
        description: 'People who took part in the same MEETING events as this person, with those meetings.',
    }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], PersonResolver.prototype, "metWith", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Event], { description: 'Statements the person made (STATED).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], PersonResolver.prototype, "statements", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Organization], {
        description: 'Organizations the person holds a position in, co-founded or is a member of.',
    }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], PersonResolver.prototype, "organizations", null);
exports.PersonResolver = PersonResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => entity_kinds_type_1.Person)
], PersonResolver);
