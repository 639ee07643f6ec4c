/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const running_process = $root.running_process = (() => {

    const running_process = {};

    running_process.daemon = (function() {

        const daemon = {};

        daemon.v1 = (function() {

            const v1 = {};

            v1.RequestType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REQUEST_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[10] = "REQUEST_TYPE_REGISTER"] = 10;
                values[valuesById[11] = "REQUEST_TYPE_UNREGISTER"] = 11;
                values[valuesById[12] = "REQUEST_TYPE_SPAWN_DAEMON"] = 12;
                values[valuesById[20] = "REQUEST_TYPE_LIST_ACTIVE"] = 20;
                values[valuesById[21] = "REQUEST_TYPE_LIST_BY_ORIGINATOR"] = 21;
                values[valuesById[22] = "REQUEST_TYPE_GET_PROCESS_TREE"] = 22;
                values[valuesById[30] = "REQUEST_TYPE_KILL_ZOMBIES"] = 30;
                values[valuesById[31] = "REQUEST_TYPE_KILL_TREE"] = 31;
                values[valuesById[40] = "REQUEST_TYPE_PING"] = 40;
                values[valuesById[41] = "REQUEST_TYPE_SHUTDOWN"] = 41;
                values[valuesById[42] = "REQUEST_TYPE_STATUS"] = 42;
                values[valuesById[50] = "REQUEST_TYPE_SERVICE_START"] = 50;
                values[valuesById[51] = "REQUEST_TYPE_SERVICE_STOP"] = 51;
                values[valuesById[52] = "REQUEST_TYPE_SERVICE_RESTART"] = 52;
                values[valuesById[53] = "REQUEST_TYPE_SERVICE_DELETE"] = 53;
                values[valuesById[54] = "REQUEST_TYPE_SERVICE_LIST"] = 54;
                values[valuesById[55] = "REQUEST_TYPE_SERVICE_DESCRIBE"] = 55;
                values[valuesById[56] = "REQUEST_TYPE_SERVICE_LOGS"] = 56;
                values[valuesById[57] = "REQUEST_TYPE_SERVICE_FLUSH"] = 57;
                values[valuesById[58] = "REQUEST_TYPE_SERVICE_SAVE"] = 58;
                values[valuesById[59] = "REQUEST_TYPE_SERVICE_RESURRECT"] = 59;
                values[valuesById[60] = "REQUEST_TYPE_SPAWN_PTY_SESSION"] = 60;
                values[valuesById[61] = "REQUEST_TYPE_ATTACH_PTY_SESSION"] = 61;
                values[valuesById[62] = "REQUEST_TYPE_DETACH_PTY_SESSION"] = 62;
                values[valuesById[63] = "REQUEST_TYPE_LIST_PTY_SESSIONS"] = 63;
                values[valuesById[64] = "REQUEST_TYPE_TERMINATE_PTY_SESSION"] = 64;
                values[valuesById[65] = "REQUEST_TYPE_SPAWN_PIPE_SESSION"] = 65;
                values[valuesById[66] = "REQUEST_TYPE_ATTACH_PIPE_STREAM"] = 66;
                values[valuesById[67] = "REQUEST_TYPE_DETACH_PIPE_STREAM"] = 67;
                values[valuesById[68] = "REQUEST_TYPE_LIST_PIPE_SESSIONS"] = 68;
                values[valuesById[69] = "REQUEST_TYPE_TERMINATE_PIPE_SESSION"] = 69;
                values[valuesById[70] = "REQUEST_TYPE_WRITE_PIPE_STDIN"] = 70;
                values[valuesById[71] = "REQUEST_TYPE_GET_SESSION_BACKLOG"] = 71;
                values[valuesById[72] = "REQUEST_TYPE_PURGE_EXITED_SESSIONS"] = 72;
                values[valuesById[73] = "REQUEST_TYPE_BULK_TERMINATE_SESSIONS"] = 73;
                values[valuesById[74] = "REQUEST_TYPE_RESIZE_PTY_SESSION"] = 74;
                values[valuesById[75] = "REQUEST_TYPE_REGISTER_SESSION_TEE"] = 75;
                values[valuesById[76] = "REQUEST_TYPE_UNREGISTER_SESSION_TEE"] = 76;
                values[valuesById[77] = "REQUEST_TYPE_GET_SESSION_TEE_STATUS"] = 77;
                values[valuesById[78] = "REQUEST_TYPE_REGISTER_SESSION_OBSERVER"] = 78;
                values[valuesById[79] = "REQUEST_TYPE_UNREGISTER_SESSION_OBSERVER"] = 79;
                values[valuesById[80] = "REQUEST_TYPE_GET_SESSION_OBSERVER_STATUS"] = 80;
                values[valuesById[81] = "REQUEST_TYPE_ATTACH_SESSION_OBSERVER"] = 81;
                values[valuesById[82] = "REQUEST_TYPE_GET_OBSERVER_CAPABILITIES"] = 82;
                values[valuesById[120] = "REQUEST_TYPE_ATTACH_SERVICE_EVENTS"] = 120;
                return values;
            })();

            v1.StatusCode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_CODE_OK"] = 0;
                values[valuesById[1] = "STATUS_CODE_ERROR"] = 1;
                values[valuesById[2] = "STATUS_CODE_UNKNOWN_REQUEST"] = 2;
                values[valuesById[3] = "STATUS_CODE_INVALID_ARGUMENT"] = 3;
                values[valuesById[4] = "STATUS_CODE_NOT_FOUND"] = 4;
                values[valuesById[5] = "STATUS_CODE_INTERNAL"] = 5;
                values[valuesById[6] = "STATUS_CODE_UNAVAILABLE"] = 6;
                values[valuesById[7] = "STATUS_CODE_VERSION_MISMATCH"] = 7;
                values[valuesById[8] = "STATUS_CODE_RATE_LIMITED"] = 8;
                values[valuesById[9] = "STATUS_CODE_UNIMPLEMENTED"] = 9;
                values[valuesById[10] = "STATUS_CODE_ALREADY_ATTACHED"] = 10;
                return values;
            })();

            v1.ProcessState = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PROCESS_STATE_UNKNOWN"] = 0;
                values[valuesById[1] = "PROCESS_STATE_ALIVE"] = 1;
                values[valuesById[2] = "PROCESS_STATE_DEAD"] = 2;
                values[valuesById[3] = "PROCESS_STATE_ZOMBIE"] = 3;
                return values;
            })();

            v1.GraphicsProtocol = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "GRAPHICS_PROTOCOL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "GRAPHICS_PROTOCOL_SIXEL"] = 1;
                values[valuesById[2] = "GRAPHICS_PROTOCOL_KITTY"] = 2;
                values[valuesById[3] = "GRAPHICS_PROTOCOL_ITERM2_FILE"] = 3;
                return values;
            })();

            v1.CapabilityStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CAPABILITY_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CAPABILITY_STATUS_SUPPORTED"] = 1;
                values[valuesById[2] = "CAPABILITY_STATUS_UNSUPPORTED"] = 2;
                values[valuesById[3] = "CAPABILITY_STATUS_UNKNOWN"] = 3;
                values[valuesById[4] = "CAPABILITY_STATUS_BLOCKED"] = 4;
                return values;
            })();

            v1.EvidenceStrength = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EVIDENCE_STRENGTH_UNSPECIFIED"] = 0;
                values[valuesById[1] = "EVIDENCE_STRENGTH_PROBE"] = 1;
                values[valuesById[2] = "EVIDENCE_STRENGTH_STRONG_HOST_SIGNAL"] = 2;
                values[valuesById[3] = "EVIDENCE_STRENGTH_TERMINFO"] = 3;
                values[valuesById[4] = "EVIDENCE_STRENGTH_WEAK_ENV"] = 4;
                values[valuesById[5] = "EVIDENCE_STRENGTH_USER_OVERRIDE"] = 5;
                return values;
            })();

            v1.DaemonRequest = (function() {

                const DaemonRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DaemonRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DaemonRequest.prototype.type = 0;
                DaemonRequest.prototype.protocolVersion = 0;
                DaemonRequest.prototype.clientName = "";
                DaemonRequest.prototype.register = null;
                DaemonRequest.prototype.unregister = null;
                DaemonRequest.prototype.spawnDaemon = null;
                DaemonRequest.prototype.listActive = null;
                DaemonRequest.prototype.listByOriginator = null;
                DaemonRequest.prototype.getProcessTree = null;
                DaemonRequest.prototype.killZombies = null;
                DaemonRequest.prototype.killTree = null;
                DaemonRequest.prototype.ping = null;
                DaemonRequest.prototype.shutdown = null;
                DaemonRequest.prototype.status = null;
                DaemonRequest.prototype.serviceStart = null;
                DaemonRequest.prototype.serviceStop = null;
                DaemonRequest.prototype.serviceRestart = null;
                DaemonRequest.prototype.serviceDelete = null;
                DaemonRequest.prototype.serviceList = null;
                DaemonRequest.prototype.serviceDescribe = null;
                DaemonRequest.prototype.serviceLogs = null;
                DaemonRequest.prototype.serviceFlush = null;
                DaemonRequest.prototype.serviceSave = null;
                DaemonRequest.prototype.serviceResurrect = null;
                DaemonRequest.prototype.spawnPtySession = null;
                DaemonRequest.prototype.attachPtySession = null;
                DaemonRequest.prototype.detachPtySession = null;
                DaemonRequest.prototype.listPtySessions = null;
                DaemonRequest.prototype.terminatePtySession = null;
                DaemonRequest.prototype.spawnPipeSession = null;
                DaemonRequest.prototype.attachPipeStream = null;
                DaemonRequest.prototype.detachPipeStream = null;
                DaemonRequest.prototype.listPipeSessions = null;
                DaemonRequest.prototype.terminatePipeSession = null;
                DaemonRequest.prototype.writePipeStdin = null;
                DaemonRequest.prototype.getSessionBacklog = null;
                DaemonRequest.prototype.purgeExitedSessions = null;
                DaemonRequest.prototype.bulkTerminateSessions = null;
                DaemonRequest.prototype.resizePtySession = null;
                DaemonRequest.prototype.registerSessionTee = null;
                DaemonRequest.prototype.unregisterSessionTee = null;
                DaemonRequest.prototype.getSessionTeeStatus = null;
                DaemonRequest.prototype.registerSessionObserver = null;
                DaemonRequest.prototype.unregisterSessionObserver = null;
                DaemonRequest.prototype.getSessionObserverStatus = null;
                DaemonRequest.prototype.attachSessionObserver = null;
                DaemonRequest.prototype.getObserverCapabilities = null;
                DaemonRequest.prototype.attachServiceEvents = null;

                DaemonRequest.create = function(properties) {
                    return new DaemonRequest(properties);
                };

                DaemonRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(8).uint64(message.id);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(16).int32(message.type);
                    if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                        writer.uint32(24).uint32(message.protocolVersion);
                    if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName") && message.clientName !== "")
                        writer.uint32(34).string(message.clientName);
                    if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                        $root.running_process.daemon.v1.RegisterRequest.encode(message.register, writer.uint32(82).fork(), _depth + 1).ldelim();
                    if (message.unregister != null && $Object.hasOwnProperty.call(message, "unregister"))
                        $root.running_process.daemon.v1.UnregisterRequest.encode(message.unregister, writer.uint32(90).fork(), _depth + 1).ldelim();
                    if (message.spawnDaemon != null && $Object.hasOwnProperty.call(message, "spawnDaemon"))
                        $root.running_process.daemon.v1.SpawnDaemonRequest.encode(message.spawnDaemon, writer.uint32(98).fork(), _depth + 1).ldelim();
                    if (message.listActive != null && $Object.hasOwnProperty.call(message, "listActive"))
                        $root.running_process.daemon.v1.ListActiveRequest.encode(message.listActive, writer.uint32(162).fork(), _depth + 1).ldelim();
                    if (message.listByOriginator != null && $Object.hasOwnProperty.call(message, "listByOriginator"))
                        $root.running_process.daemon.v1.ListByOriginatorRequest.encode(message.listByOriginator, writer.uint32(170).fork(), _depth + 1).ldelim();
                    if (message.getProcessTree != null && $Object.hasOwnProperty.call(message, "getProcessTree"))
                        $root.running_process.daemon.v1.GetProcessTreeRequest.encode(message.getProcessTree, writer.uint32(178).fork(), _depth + 1).ldelim();
                    if (message.killZombies != null && $Object.hasOwnProperty.call(message, "killZombies"))
                        $root.running_process.daemon.v1.KillZombiesRequest.encode(message.killZombies, writer.uint32(242).fork(), _depth + 1).ldelim();
                    if (message.killTree != null && $Object.hasOwnProperty.call(message, "killTree"))
                        $root.running_process.daemon.v1.KillTreeRequest.encode(message.killTree, writer.uint32(250).fork(), _depth + 1).ldelim();
                    if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                        $root.running_process.daemon.v1.PingRequest.encode(message.ping, writer.uint32(322).fork(), _depth + 1).ldelim();
                    if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                        $root.running_process.daemon.v1.ShutdownRequest.encode(message.shutdown, writer.uint32(330).fork(), _depth + 1).ldelim();
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.running_process.daemon.v1.StatusRequest.encode(message.status, writer.uint32(338).fork(), _depth + 1).ldelim();
                    if (message.serviceStart != null && $Object.hasOwnProperty.call(message, "serviceStart"))
                        $root.running_process.daemon.v1.ServiceStartRequest.encode(message.serviceStart, writer.uint32(402).fork(), _depth + 1).ldelim();
                    if (message.serviceStop != null && $Object.hasOwnProperty.call(message, "serviceStop"))
                        $root.running_process.daemon.v1.ServiceStopRequest.encode(message.serviceStop, writer.uint32(410).fork(), _depth + 1).ldelim();
                    if (message.serviceRestart != null && $Object.hasOwnProperty.call(message, "serviceRestart"))
                        $root.running_process.daemon.v1.ServiceRestartRequest.encode(message.serviceRestart, writer.uint32(418).fork(), _depth + 1).ldelim();
                    if (message.serviceDelete != null && $Object.hasOwnProperty.call(message, "serviceDelete"))
                        $root.running_process.daemon.v1.ServiceDeleteRequest.encode(message.serviceDelete, writer.uint32(426).fork(), _depth + 1).ldelim();
                    if (message.serviceList != null && $Object.hasOwnProperty.call(message, "serviceList"))
                        $root.running_process.daemon.v1.ServiceListRequest.encode(message.serviceList, writer.uint32(434).fork(), _depth + 1).ldelim();
                    if (message.serviceDescribe != null && $Object.hasOwnProperty.call(message, "serviceDescribe"))
                        $root.running_process.daemon.v1.ServiceDescribeRequest.encode(message.serviceDescribe, writer.uint32(442).fork(), _depth + 1).ldelim();
                    if (message.serviceLogs != null && $Object.hasOwnProperty.call(message, "serviceLogs"))
                        $root.running_process.daemon.v1.ServiceLogsRequest.encode(message.serviceLogs, writer.uint32(450).fork(), _depth + 1).ldelim();
                    if (message.serviceFlush != null && $Object.hasOwnProperty.call(message, "serviceFlush"))
                        $root.running_process.daemon.v1.ServiceFlushRequest.encode(message.serviceFlush, writer.uint32(458).fork(), _depth + 1).ldelim();
                    if (message.serviceSave != null && $Object.hasOwnProperty.call(message, "serviceSave"))
                        $root.running_process.daemon.v1.ServiceSaveRequest.encode(message.serviceSave, writer.uint32(466).fork(), _depth + 1).ldelim();
                    if (message.serviceResurrect != null && $Object.hasOwnProperty.call(message, "serviceResurrect"))
                        $root.running_process.daemon.v1.ServiceResurrectRequest.encode(message.serviceResurrect, writer.uint32(474).fork(), _depth + 1).ldelim();
                    if (message.spawnPtySession != null && $Object.hasOwnProperty.call(message, "spawnPtySession"))
                        $root.running_process.daemon.v1.SpawnPtySessionRequest.encode(message.spawnPtySession, writer.uint32(482).fork(), _depth + 1).ldelim();
                    if (message.attachPtySession != null && $Object.hasOwnProperty.call(message, "attachPtySession"))
                        $root.running_process.daemon.v1.AttachPtySessionRequest.encode(message.attachPtySession, writer.uint32(490).fork(), _depth + 1).ldelim();
                    if (message.detachPtySession != null && $Object.hasOwnProperty.call(message, "detachPtySession"))
                        $root.running_process.daemon.v1.DetachPtySessionRequest.encode(message.detachPtySession, writer.uint32(498).fork(), _depth + 1).ldelim();
                    if (message.listPtySessions != null && $Object.hasOwnProperty.call(message, "listPtySessions"))
                        $root.running_process.daemon.v1.ListPtySessionsRequest.encode(message.listPtySessions, writer.uint32(506).fork(), _depth + 1).ldelim();
                    if (message.terminatePtySession != null && $Object.hasOwnProperty.call(message, "terminatePtySession"))
                        $root.running_process.daemon.v1.TerminatePtySessionRequest.encode(message.terminatePtySession, writer.uint32(514).fork(), _depth + 1).ldelim();
                    if (message.spawnPipeSession != null && $Object.hasOwnProperty.call(message, "spawnPipeSession"))
                        $root.running_process.daemon.v1.SpawnPipeSessionRequest.encode(message.spawnPipeSession, writer.uint32(522).fork(), _depth + 1).ldelim();
                    if (message.attachPipeStream != null && $Object.hasOwnProperty.call(message, "attachPipeStream"))
                        $root.running_process.daemon.v1.AttachPipeStreamRequest.encode(message.attachPipeStream, writer.uint32(530).fork(), _depth + 1).ldelim();
                    if (message.detachPipeStream != null && $Object.hasOwnProperty.call(message, "detachPipeStream"))
                        $root.running_process.daemon.v1.DetachPipeStreamRequest.encode(message.detachPipeStream, writer.uint32(538).fork(), _depth + 1).ldelim();
                    if (message.listPipeSessions != null && $Object.hasOwnProperty.call(message, "listPipeSessions"))
                        $root.running_process.daemon.v1.ListPipeSessionsRequest.encode(message.listPipeSessions, writer.uint32(546).fork(), _depth + 1).ldelim();
                    if (message.terminatePipeSession != null && $Object.hasOwnProperty.call(message, "terminatePipeSession"))
                        $root.running_process.daemon.v1.TerminatePipeSessionRequest.encode(message.terminatePipeSession, writer.uint32(554).fork(), _depth + 1).ldelim();
                    if (message.writePipeStdin != null && $Object.hasOwnProperty.call(message, "writePipeStdin"))
                        $root.running_process.daemon.v1.WritePipeStdinRequest.encode(message.writePipeStdin, writer.uint32(562).fork(), _depth + 1).ldelim();
                    if (message.getSessionBacklog != null && $Object.hasOwnProperty.call(message, "getSessionBacklog"))
                        $root.running_process.daemon.v1.GetSessionBacklogRequest.encode(message.getSessionBacklog, writer.uint32(570).fork(), _depth + 1).ldelim();
                    if (message.purgeExitedSessions != null && $Object.hasOwnProperty.call(message, "purgeExitedSessions"))
                        $root.running_process.daemon.v1.PurgeExitedSessionsRequest.encode(message.purgeExitedSessions, writer.uint32(578).fork(), _depth + 1).ldelim();
                    if (message.bulkTerminateSessions != null && $Object.hasOwnProperty.call(message, "bulkTerminateSessions"))
                        $root.running_process.daemon.v1.BulkTerminateSessionsRequest.encode(message.bulkTerminateSessions, writer.uint32(586).fork(), _depth + 1).ldelim();
                    if (message.resizePtySession != null && $Object.hasOwnProperty.call(message, "resizePtySession"))
                        $root.running_process.daemon.v1.ResizePtySessionRequest.encode(message.resizePtySession, writer.uint32(594).fork(), _depth + 1).ldelim();
                    if (message.registerSessionTee != null && $Object.hasOwnProperty.call(message, "registerSessionTee"))
                        $root.running_process.daemon.v1.RegisterSessionTeeRequest.encode(message.registerSessionTee, writer.uint32(602).fork(), _depth + 1).ldelim();
                    if (message.unregisterSessionTee != null && $Object.hasOwnProperty.call(message, "unregisterSessionTee"))
                        $root.running_process.daemon.v1.UnregisterSessionTeeRequest.encode(message.unregisterSessionTee, writer.uint32(610).fork(), _depth + 1).ldelim();
                    if (message.getSessionTeeStatus != null && $Object.hasOwnProperty.call(message, "getSessionTeeStatus"))
                        $root.running_process.daemon.v1.GetSessionTeeStatusRequest.encode(message.getSessionTeeStatus, writer.uint32(618).fork(), _depth + 1).ldelim();
                    if (message.registerSessionObserver != null && $Object.hasOwnProperty.call(message, "registerSessionObserver"))
                        $root.running_process.daemon.v1.RegisterSessionObserverRequest.encode(message.registerSessionObserver, writer.uint32(626).fork(), _depth + 1).ldelim();
                    if (message.unregisterSessionObserver != null && $Object.hasOwnProperty.call(message, "unregisterSessionObserver"))
                        $root.running_process.daemon.v1.UnregisterSessionObserverRequest.encode(message.unregisterSessionObserver, writer.uint32(634).fork(), _depth + 1).ldelim();
                    if (message.getSessionObserverStatus != null && $Object.hasOwnProperty.call(message, "getSessionObserverStatus"))
                        $root.running_process.daemon.v1.GetSessionObserverStatusRequest.encode(message.getSessionObserverStatus, writer.uint32(642).fork(), _depth + 1).ldelim();
                    if (message.attachSessionObserver != null && $Object.hasOwnProperty.call(message, "attachSessionObserver"))
                        $root.running_process.daemon.v1.AttachSessionObserverRequest.encode(message.attachSessionObserver, writer.uint32(650).fork(), _depth + 1).ldelim();
                    if (message.getObserverCapabilities != null && $Object.hasOwnProperty.call(message, "getObserverCapabilities"))
                        $root.running_process.daemon.v1.GetObserverCapabilitiesRequest.encode(message.getObserverCapabilities, writer.uint32(658).fork(), _depth + 1).ldelim();
                    if (message.attachServiceEvents != null && $Object.hasOwnProperty.call(message, "attachServiceEvents"))
                        $root.running_process.daemon.v1.AttachServiceEventsRequest.encode(message.attachServiceEvents, writer.uint32(962).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DaemonRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.DaemonRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.protocolVersion = value;
                                else
                                    delete message.protocolVersion;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientName = value;
                                else
                                    delete message.clientName;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.register = $root.running_process.daemon.v1.RegisterRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.register);
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.unregister = $root.running_process.daemon.v1.UnregisterRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unregister);
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.spawnDaemon = $root.running_process.daemon.v1.SpawnDaemonRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.spawnDaemon);
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.listActive = $root.running_process.daemon.v1.ListActiveRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listActive);
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                message.listByOriginator = $root.running_process.daemon.v1.ListByOriginatorRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listByOriginator);
                                continue;
                            }
                        case 22: {
                                if (wireType !== 2)
                                    break;
                                message.getProcessTree = $root.running_process.daemon.v1.GetProcessTreeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getProcessTree);
                                continue;
                            }
                        case 30: {
                                if (wireType !== 2)
                                    break;
                                message.killZombies = $root.running_process.daemon.v1.KillZombiesRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.killZombies);
                                continue;
                            }
                        case 31: {
                                if (wireType !== 2)
                                    break;
                                message.killTree = $root.running_process.daemon.v1.KillTreeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.killTree);
                                continue;
                            }
                        case 40: {
                                if (wireType !== 2)
                                    break;
                                message.ping = $root.running_process.daemon.v1.PingRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                                continue;
                            }
                        case 41: {
                                if (wireType !== 2)
                                    break;
                                message.shutdown = $root.running_process.daemon.v1.ShutdownRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.shutdown);
                                continue;
                            }
                        case 42: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.running_process.daemon.v1.StatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                continue;
                            }
                        case 50: {
                                if (wireType !== 2)
                                    break;
                                message.serviceStart = $root.running_process.daemon.v1.ServiceStartRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceStart);
                                continue;
                            }
                        case 51: {
                                if (wireType !== 2)
                                    break;
                                message.serviceStop = $root.running_process.daemon.v1.ServiceStopRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceStop);
                                continue;
                            }
                        case 52: {
                                if (wireType !== 2)
                                    break;
                                message.serviceRestart = $root.running_process.daemon.v1.ServiceRestartRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceRestart);
                                continue;
                            }
                        case 53: {
                                if (wireType !== 2)
                                    break;
                                message.serviceDelete = $root.running_process.daemon.v1.ServiceDeleteRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceDelete);
                                continue;
                            }
                        case 54: {
                                if (wireType !== 2)
                                    break;
                                message.serviceList = $root.running_process.daemon.v1.ServiceListRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceList);
                                continue;
                            }
                        case 55: {
                                if (wireType !== 2)
                                    break;
                                message.serviceDescribe = $root.running_process.daemon.v1.ServiceDescribeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceDescribe);
                                continue;
                            }
                        case 56: {
                                if (wireType !== 2)
                                    break;
                                message.serviceLogs = $root.running_process.daemon.v1.ServiceLogsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceLogs);
                                continue;
                            }
                        case 57: {
                                if (wireType !== 2)
                                    break;
                                message.serviceFlush = $root.running_process.daemon.v1.ServiceFlushRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceFlush);
                                continue;
                            }
                        case 58: {
                                if (wireType !== 2)
                                    break;
                                message.serviceSave = $root.running_process.daemon.v1.ServiceSaveRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceSave);
                                continue;
                            }
                        case 59: {
                                if (wireType !== 2)
                                    break;
                                message.serviceResurrect = $root.running_process.daemon.v1.ServiceResurrectRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceResurrect);
                                continue;
                            }
                        case 60: {
                                if (wireType !== 2)
                                    break;
                                message.spawnPtySession = $root.running_process.daemon.v1.SpawnPtySessionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.spawnPtySession);
                                continue;
                            }
                        case 61: {
                                if (wireType !== 2)
                                    break;
                                message.attachPtySession = $root.running_process.daemon.v1.AttachPtySessionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.attachPtySession);
                                continue;
                            }
                        case 62: {
                                if (wireType !== 2)
                                    break;
                                message.detachPtySession = $root.running_process.daemon.v1.DetachPtySessionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.detachPtySession);
                                continue;
                            }
                        case 63: {
                                if (wireType !== 2)
                                    break;
                                message.listPtySessions = $root.running_process.daemon.v1.ListPtySessionsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listPtySessions);
                                continue;
                            }
                        case 64: {
                                if (wireType !== 2)
                                    break;
                                message.terminatePtySession = $root.running_process.daemon.v1.TerminatePtySessionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.terminatePtySession);
                                continue;
                            }
                        case 65: {
                                if (wireType !== 2)
                                    break;
                                message.spawnPipeSession = $root.running_process.daemon.v1.SpawnPipeSessionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.spawnPipeSession);
                                continue;
                            }
                        case 66: {
                                if (wireType !== 2)
                                    break;
                                message.attachPipeStream = $root.running_process.daemon.v1.AttachPipeStreamRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.attachPipeStream);
                                continue;
                            }
                        case 67: {
                                if (wireType !== 2)
                                    break;
                                message.detachPipeStream = $root.running_process.daemon.v1.DetachPipeStreamRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.detachPipeStream);
                                continue;
                            }
                        case 68: {
                                if (wireType !== 2)
                                    break;
                                message.listPipeSessions = $root.running_process.daemon.v1.ListPipeSessionsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listPipeSessions);
                                continue;
                            }
                        case 69: {
                                if (wireType !== 2)
                                    break;
                                message.terminatePipeSession = $root.running_process.daemon.v1.TerminatePipeSessionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.terminatePipeSession);
                                continue;
                            }
                        case 70: {
                                if (wireType !== 2)
                                    break;
                                message.writePipeStdin = $root.running_process.daemon.v1.WritePipeStdinRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.writePipeStdin);
                                continue;
                            }
                        case 71: {
                                if (wireType !== 2)
                                    break;
                                message.getSessionBacklog = $root.running_process.daemon.v1.GetSessionBacklogRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getSessionBacklog);
                                continue;
                            }
                        case 72: {
                                if (wireType !== 2)
                                    break;
                                message.purgeExitedSessions = $root.running_process.daemon.v1.PurgeExitedSessionsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.purgeExitedSessions);
                                continue;
                            }
                        case 73: {
                                if (wireType !== 2)
                                    break;
                                message.bulkTerminateSessions = $root.running_process.daemon.v1.BulkTerminateSessionsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.bulkTerminateSessions);
                                continue;
                            }
                        case 74: {
                                if (wireType !== 2)
                                    break;
                                message.resizePtySession = $root.running_process.daemon.v1.ResizePtySessionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.resizePtySession);
                                continue;
                            }
                        case 75: {
                                if (wireType !== 2)
                                    break;
                                message.registerSessionTee = $root.running_process.daemon.v1.RegisterSessionTeeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.registerSessionTee);
                                continue;
                            }
                        case 76: {
                                if (wireType !== 2)
                                    break;
                                message.unregisterSessionTee = $root.running_process.daemon.v1.UnregisterSessionTeeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unregisterSessionTee);
                                continue;
                            }
                        case 77: {
                                if (wireType !== 2)
                                    break;
                                message.getSessionTeeStatus = $root.running_process.daemon.v1.GetSessionTeeStatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getSessionTeeStatus);
                                continue;
                            }
                        case 78: {
                                if (wireType !== 2)
                                    break;
                                message.registerSessionObserver = $root.running_process.daemon.v1.RegisterSessionObserverRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.registerSessionObserver);
                                continue;
                            }
                        case 79: {
                                if (wireType !== 2)
                                    break;
                                message.unregisterSessionObserver = $root.running_process.daemon.v1.UnregisterSessionObserverRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unregisterSessionObserver);
                                continue;
                            }
                        case 80: {
                                if (wireType !== 2)
                                    break;
                                message.getSessionObserverStatus = $root.running_process.daemon.v1.GetSessionObserverStatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getSessionObserverStatus);
                                continue;
                            }
                        case 81: {
                                if (wireType !== 2)
                                    break;
                                message.attachSessionObserver = $root.running_process.daemon.v1.AttachSessionObserverRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.attachSessionObserver);
                                continue;
                            }
                        case 82: {
                                if (wireType !== 2)
                                    break;
                                message.getObserverCapabilities = $root.running_process.daemon.v1.GetObserverCapabilitiesRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getObserverCapabilities);
                                continue;
                            }
                        case 120: {
                                if (wireType !== 2)
                                    break;
                                message.attachServiceEvents = $root.running_process.daemon.v1.AttachServiceEventsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.attachServiceEvents);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return DaemonRequest;
            })();

            v1.DaemonResponse = (function() {

                const DaemonResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DaemonResponse.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                DaemonResponse.prototype.code = 0;
                DaemonResponse.prototype.message = "";
                DaemonResponse.prototype.register = null;
                DaemonResponse.prototype.unregister = null;
                DaemonResponse.prototype.spawnDaemon = null;
                DaemonResponse.prototype.listActive = null;
                DaemonResponse.prototype.listByOriginator = null;
                DaemonResponse.prototype.getProcessTree = null;
                DaemonResponse.prototype.killZombies = null;
                DaemonResponse.prototype.killTree = null;
                DaemonResponse.prototype.ping = null;
                DaemonResponse.prototype.shutdown = null;
                DaemonResponse.prototype.status = null;
                DaemonResponse.prototype.serviceStart = null;
                DaemonResponse.prototype.serviceStop = null;
                DaemonResponse.prototype.serviceRestart = null;
                DaemonResponse.prototype.serviceDelete = null;
                DaemonResponse.prototype.serviceList = null;
                DaemonResponse.prototype.serviceDescribe = null;
                DaemonResponse.prototype.serviceLogs = null;
                DaemonResponse.prototype.serviceFlush = null;
                DaemonResponse.prototype.serviceSave = null;
                DaemonResponse.prototype.serviceResurrect = null;
                DaemonResponse.prototype.spawnPtySession = null;
                DaemonResponse.prototype.attachPtySession = null;
                DaemonResponse.prototype.detachPtySession = null;
                DaemonResponse.prototype.listPtySessions = null;
                DaemonResponse.prototype.terminatePtySession = null;
                DaemonResponse.prototype.spawnPipeSession = null;
                DaemonResponse.prototype.attachPipeStream = null;
                DaemonResponse.prototype.detachPipeStream = null;
                DaemonResponse.prototype.listPipeSessions = null;
                DaemonResponse.prototype.terminatePipeSession = null;
                DaemonResponse.prototype.writePipeStdin = null;
                DaemonResponse.prototype.getSessionBacklog = null;
                DaemonResponse.prototype.purgeExitedSessions = null;
                DaemonResponse.prototype.bulkTerminateSessions = null;
                DaemonResponse.prototype.resizePtySession = null;
                DaemonResponse.prototype.registerSessionTee = null;
                DaemonResponse.prototype.unregisterSessionTee = null;
                DaemonResponse.prototype.getSessionTeeStatus = null;
                DaemonResponse.prototype.registerSessionObserver = null;
                DaemonResponse.prototype.unregisterSessionObserver = null;
                DaemonResponse.prototype.getSessionObserverStatus = null;
                DaemonResponse.prototype.attachSessionObserver = null;
                DaemonResponse.prototype.getObserverCapabilities = null;
                DaemonResponse.prototype.attachServiceEvents = null;

                DaemonResponse.create = function(properties) {
                    return new DaemonResponse(properties);
                };

                DaemonResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                        writer.uint32(8).uint64(message.requestId);
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                        writer.uint32(16).int32(message.code);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(26).string(message.message);
                    if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                        $root.running_process.daemon.v1.RegisterResponse.encode(message.register, writer.uint32(82).fork(), _depth + 1).ldelim();
                    if (message.unregister != null && $Object.hasOwnProperty.call(message, "unregister"))
                        $root.running_process.daemon.v1.UnregisterResponse.encode(message.unregister, writer.uint32(90).fork(), _depth + 1).ldelim();
                    if (message.spawnDaemon != null && $Object.hasOwnProperty.call(message, "spawnDaemon"))
                        $root.running_process.daemon.v1.SpawnDaemonResponse.encode(message.spawnDaemon, writer.uint32(98).fork(), _depth + 1).ldelim();
                    if (message.listActive != null && $Object.hasOwnProperty.call(message, "listActive"))
                        $root.running_process.daemon.v1.ListActiveResponse.encode(message.listActive, writer.uint32(162).fork(), _depth + 1).ldelim();
                    if (message.listByOriginator != null && $Object.hasOwnProperty.call(message, "listByOriginator"))
                        $root.running_process.daemon.v1.ListByOriginatorResponse.encode(message.listByOriginator, writer.uint32(170).fork(), _depth + 1).ldelim();
                    if (message.getProcessTree != null && $Object.hasOwnProperty.call(message, "getProcessTree"))
                        $root.running_process.daemon.v1.GetProcessTreeResponse.encode(message.getProcessTree, writer.uint32(178).fork(), _depth + 1).ldelim();
                    if (message.killZombies != null && $Object.hasOwnProperty.call(message, "killZombies"))
                        $root.running_process.daemon.v1.KillZombiesResponse.encode(message.killZombies, writer.uint32(242).fork(), _depth + 1).ldelim();
                    if (message.killTree != null && $Object.hasOwnProperty.call(message, "killTree"))
                        $root.running_process.daemon.v1.KillTreeResponse.encode(message.killTree, writer.uint32(250).fork(), _depth + 1).ldelim();
                    if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                        $root.running_process.daemon.v1.PingResponse.encode(message.ping, writer.uint32(322).fork(), _depth + 1).ldelim();
                    if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                        $root.running_process.daemon.v1.ShutdownResponse.encode(message.shutdown, writer.uint32(330).fork(), _depth + 1).ldelim();
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.running_process.daemon.v1.StatusResponse.encode(message.status, writer.uint32(338).fork(), _depth + 1).ldelim();
                    if (message.serviceStart != null && $Object.hasOwnProperty.call(message, "serviceStart"))
                        $root.running_process.daemon.v1.ServiceStartResponse.encode(message.serviceStart, writer.uint32(402).fork(), _depth + 1).ldelim();
                    if (message.serviceStop != null && $Object.hasOwnProperty.call(message, "serviceStop"))
                        $root.running_process.daemon.v1.ServiceStopResponse.encode(message.serviceStop, writer.uint32(410).fork(), _depth + 1).ldelim();
                    if (message.serviceRestart != null && $Object.hasOwnProperty.call(message, "serviceRestart"))
                        $root.running_process.daemon.v1.ServiceRestartResponse.encode(message.serviceRestart, writer.uint32(418).fork(), _depth + 1).ldelim();
                    if (message.serviceDelete != null && $Object.hasOwnProperty.call(message, "serviceDelete"))
                        $root.running_process.daemon.v1.ServiceDeleteResponse.encode(message.serviceDelete, writer.uint32(426).fork(), _depth + 1).ldelim();
                    if (message.serviceList != null && $Object.hasOwnProperty.call(message, "serviceList"))
                        $root.running_process.daemon.v1.ServiceListResponse.encode(message.serviceList, writer.uint32(434).fork(), _depth + 1).ldelim();
                    if (message.serviceDescribe != null && $Object.hasOwnProperty.call(message, "serviceDescribe"))
                        $root.running_process.daemon.v1.ServiceDescribeResponse.encode(message.serviceDescribe, writer.uint32(442).fork(), _depth + 1).ldelim();
                    if (message.serviceLogs != null && $Object.hasOwnProperty.call(message, "serviceLogs"))
                        $root.running_process.daemon.v1.ServiceLogsResponse.encode(message.serviceLogs, writer.uint32(450).fork(), _depth + 1).ldelim();
                    if (message.serviceFlush != null && $Object.hasOwnProperty.call(message, "serviceFlush"))
                        $root.running_process.daemon.v1.ServiceFlushResponse.encode(message.serviceFlush, writer.uint32(458).fork(), _depth + 1).ldelim();
                    if (message.serviceSave != null && $Object.hasOwnProperty.call(message, "serviceSave"))
                        $root.running_process.daemon.v1.ServiceSaveResponse.encode(message.serviceSave, writer.uint32(466).fork(), _depth + 1).ldelim();
                    if (message.serviceResurrect != null && $Object.hasOwnProperty.call(message, "serviceResurrect"))
                        $root.running_process.daemon.v1.ServiceResurrectResponse.encode(message.serviceResurrect, writer.uint32(474).fork(), _depth + 1).ldelim();
                    if (message.spawnPtySession != null && $Object.hasOwnProperty.call(message, "spawnPtySession"))
                        $root.running_process.daemon.v1.SpawnPtySessionResponse.encode(message.spawnPtySession, writer.uint32(482).fork(), _depth + 1).ldelim();
                    if (message.attachPtySession != null && $Object.hasOwnProperty.call(message, "attachPtySession"))
                        $root.running_process.daemon.v1.AttachPtySessionResponse.encode(message.attachPtySession, writer.uint32(490).fork(), _depth + 1).ldelim();
                    if (message.detachPtySession != null && $Object.hasOwnProperty.call(message, "detachPtySession"))
                        $root.running_process.daemon.v1.DetachPtySessionResponse.encode(message.detachPtySession, writer.uint32(498).fork(), _depth + 1).ldelim();
                    if (message.listPtySessions != null && $Object.hasOwnProperty.call(message, "listPtySessions"))
                        $root.running_process.daemon.v1.ListPtySessionsResponse.encode(message.listPtySessions, writer.uint32(506).fork(), _depth + 1).ldelim();
                    if (message.terminatePtySession != null && $Object.hasOwnProperty.call(message, "terminatePtySession"))
                        $root.running_process.daemon.v1.TerminatePtySessionResponse.encode(message.terminatePtySession, writer.uint32(514).fork(), _depth + 1).ldelim();
                    if (message.spawnPipeSession != null && $Object.hasOwnProperty.call(message, "spawnPipeSession"))
                        $root.running_process.daemon.v1.SpawnPipeSessionResponse.encode(message.spawnPipeSession, writer.uint32(522).fork(), _depth + 1).ldelim();
                    if (message.attachPipeStream != null && $Object.hasOwnProperty.call(message, "attachPipeStream"))
                        $root.running_process.daemon.v1.AttachPipeStreamResponse.encode(message.attachPipeStream, writer.uint32(530).fork(), _depth + 1).ldelim();
                    if (message.detachPipeStream != null && $Object.hasOwnProperty.call(message, "detachPipeStream"))
                        $root.running_process.daemon.v1.DetachPipeStreamResponse.encode(message.detachPipeStream, writer.uint32(538).fork(), _depth + 1).ldelim();
                    if (message.listPipeSessions != null && $Object.hasOwnProperty.call(message, "listPipeSessions"))
                        $root.running_process.daemon.v1.ListPipeSessionsResponse.encode(message.listPipeSessions, writer.uint32(546).fork(), _depth + 1).ldelim();
                    if (message.terminatePipeSession != null && $Object.hasOwnProperty.call(message, "terminatePipeSession"))
                        $root.running_process.daemon.v1.TerminatePipeSessionResponse.encode(message.terminatePipeSession, writer.uint32(554).fork(), _depth + 1).ldelim();
                    if (message.writePipeStdin != null && $Object.hasOwnProperty.call(message, "writePipeStdin"))
                        $root.running_process.daemon.v1.WritePipeStdinResponse.encode(message.writePipeStdin, writer.uint32(562).fork(), _depth + 1).ldelim();
                    if (message.getSessionBacklog != null && $Object.hasOwnProperty.call(message, "getSessionBacklog"))
                        $root.running_process.daemon.v1.GetSessionBacklogResponse.encode(message.getSessionBacklog, writer.uint32(570).fork(), _depth + 1).ldelim();
                    if (message.purgeExitedSessions != null && $Object.hasOwnProperty.call(message, "purgeExitedSessions"))
                        $root.running_process.daemon.v1.PurgeExitedSessionsResponse.encode(message.purgeExitedSessions, writer.uint32(578).fork(), _depth + 1).ldelim();
                    if (message.bulkTerminateSessions != null && $Object.hasOwnProperty.call(message, "bulkTerminateSessions"))
                        $root.running_process.daemon.v1.BulkTerminateSessionsResponse.encode(message.bulkTerminateSessions, writer.uint32(586).fork(), _depth + 1).ldelim();
                    if (message.resizePtySession != null && $Object.hasOwnProperty.call(message, "resizePtySession"))
                        $root.running_process.daemon.v1.ResizePtySessionResponse.encode(message.resizePtySession, writer.uint32(594).fork(), _depth + 1).ldelim();
                    if (message.registerSessionTee != null && $Object.hasOwnProperty.call(message, "registerSessionTee"))
                        $root.running_process.daemon.v1.RegisterSessionTeeResponse.encode(message.registerSessionTee, writer.uint32(602).fork(), _depth + 1).ldelim();
                    if (message.unregisterSessionTee != null && $Object.hasOwnProperty.call(message, "unregisterSessionTee"))
                        $root.running_process.daemon.v1.UnregisterSessionTeeResponse.encode(message.unregisterSessionTee, writer.uint32(610).fork(), _depth + 1).ldelim();
                    if (message.getSessionTeeStatus != null && $Object.hasOwnProperty.call(message, "getSessionTeeStatus"))
                        $root.running_process.daemon.v1.GetSessionTeeStatusResponse.encode(message.getSessionTeeStatus, writer.uint32(618).fork(), _depth + 1).ldelim();
                    if (message.registerSessionObserver != null && $Object.hasOwnProperty.call(message, "registerSessionObserver"))
                        $root.running_process.daemon.v1.RegisterSessionObserverResponse.encode(message.registerSessionObserver, writer.uint32(626).fork(), _depth + 1).ldelim();
                    if (message.unregisterSessionObserver != null && $Object.hasOwnProperty.call(message, "unregisterSessionObserver"))
                        $root.running_process.daemon.v1.UnregisterSessionObserverResponse.encode(message.unregisterSessionObserver, writer.uint32(634).fork(), _depth + 1).ldelim();
                    if (message.getSessionObserverStatus != null && $Object.hasOwnProperty.call(message, "getSessionObserverStatus"))
                        $root.running_process.daemon.v1.GetSessionObserverStatusResponse.encode(message.getSessionObserverStatus, writer.uint32(642).fork(), _depth + 1).ldelim();
                    if (message.attachSessionObserver != null && $Object.hasOwnProperty.call(message, "attachSessionObserver"))
                        $root.running_process.daemon.v1.AttachSessionObserverResponse.encode(message.attachSessionObserver, writer.uint32(650).fork(), _depth + 1).ldelim();
                    if (message.getObserverCapabilities != null && $Object.hasOwnProperty.call(message, "getObserverCapabilities"))
                        $root.running_process.daemon.v1.GetObserverCapabilitiesResponse.encode(message.getObserverCapabilities, writer.uint32(658).fork(), _depth + 1).ldelim();
                    if (message.attachServiceEvents != null && $Object.hasOwnProperty.call(message, "attachServiceEvents"))
                        $root.running_process.daemon.v1.AttachServiceEventsResponse.encode(message.attachServiceEvents, writer.uint32(962).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DaemonResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.DaemonResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.register = $root.running_process.daemon.v1.RegisterResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.register);
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.unregister = $root.running_process.daemon.v1.UnregisterResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.unregister);
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.spawnDaemon = $root.running_process.daemon.v1.SpawnDaemonResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.spawnDaemon);
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.listActive = $root.running_process.daemon.v1.ListActiveResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listActive);
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                message.listByOriginator = $root.running_process.daemon.v1.ListByOriginatorResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listByOriginator);
                                continue;
                            }
                        case 22: {
                                if (wireType !== 2)
                                    break;
                                message.getProcessTree = $root.running_process.daemon.v1.GetProcessTreeResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getProcessTree);
                                continue;
                            }
                        case 30: {
                                if (wireType !== 2)
                                    break;
                                message.killZombies = $root.running_process.daemon.v1.KillZombiesResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.killZombies);
                                continue;
                            }
                        case 31: {
                                if (wireType !== 2)
                                    break;
                                message.killTree = $root.running_process.daemon.v1.KillTreeResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.killTree);
                                continue;
                            }
                        case 40: {
                                if (wireType !== 2)
                                    break;
                                message.ping = $root.running_process.daemon.v1.PingResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                                continue;
                            }
                        case 41: {
                                if (wireType !== 2)
                                    break;
                                message.shutdown = $root.running_process.daemon.v1.ShutdownResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.shutdown);
                                continue;
                            }
                        case 42: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.running_process.daemon.v1.StatusResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                continue;
                            }
                        case 50: {
                                if (wireType !== 2)
                                    break;
                                message.serviceStart = $root.running_process.daemon.v1.ServiceStartResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceStart);
                                continue;
                            }
                        case 51: {
                                if (wireType !== 2)
                                    break;
                                message.serviceStop = $root.running_process.daemon.v1.ServiceStopResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceStop);
                                continue;
                            }
                        case 52: {
                                if (wireType !== 2)
                                    break;
                                message.serviceRestart = $root.running_process.daemon.v1.ServiceRestartResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceRestart);
                                continue;
                            }
                        case 53: {
                                if (wireType !== 2)
                                    break;
                                message.serviceDelete = $root.running_process.daemon.v1.ServiceDeleteResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceDelete);
                                continue;
                            }
                        case 54: {
                                if (wireType !== 2)
                                    break;
                                message.serviceList = $root.running_process.daemon.v1.ServiceListResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceList);
                                continue;
                            }
                        case 55: {
                                if (wireType !== 2)
                                    break;
                                message.serviceDescribe = $root.running_process.daemon.v1.ServiceDescribeResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceDescribe);
                                continue;
                            }
                        case 56: {
                                if (wireType !== 2)
                                    break;
                                message.serviceLogs = $root.running_process.daemon.v1.ServiceLogsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceLogs);
                                continue;
                            }
                        case 57: {
                                if (wireType !== 2)
                                    break;
                                message.serviceFlush = $root.running_process.daemon.v1.ServiceFlushResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceFlush);
                                continue;
                            }
                        case 58: {
                                if (wireType !== 2)
                                    break;
                                message.serviceSave = $root.running_process.daemon.v1.ServiceSaveResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceSave);
                                continue;
                            }
                        case 59: {
                                if (wireType !== 2)
                                    break;
                                message.serviceResurrect = $root.running_process.daemon.v1.ServiceResurrectResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceResurrect);
                                continue;
                            }
                        case 60: {
                                if (wireType !== 2)
                                    break;
                                message.spawnPtySession = $root.running_process.daemon.v1.SpawnPtySessionResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.spawnPtySession);
                                continue;
                            }
                        case 61: {
                                if (wireType !== 2)
                                    break;
                                message.attachPtySession = $root.running_process.daemon.v1.AttachPtySessionResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.attachPtySession);
                                continue;
                            }
                        case 62: {
                                if (wireType !== 2)
                                    break;
                                message.detachPtySession = $root.running_process.daemon.v1.DetachPtySessionResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.detachPtySession);
                                continue;
                            }
                        case 63: {
                                if (wireType !== 2)
                                    break;
                                message.listPtySessions = $root.running_process.daemon.v1.ListPtySessionsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listPtySessions);
                                continue;
                            }
                        case 64: {
                                if (wireType !== 2)
                                    break;
                                message.terminatePtySession = $root.running_process.daemon.v1.TerminatePtySessionResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.terminatePtySession);
                                continue;
                            }
                        case 65: {
                                if (wireType !== 2)
                                    break;
                                message.spawnPipeSession = $root.running_process.daemon.v1.SpawnPipeSessionResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.spawnPipeSession);
                                continue;
                            }
                        case 66: {
                                if (wireType !== 2)
                                    break;
                                message.attachPipeStream = $root.running_process.daemon.v1.AttachPipeStreamResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.attachPipeStream);
                                continue;
                            }
                        case 67: {
                                if (wireType !== 2)
                                    break;
                                message.detachPipeStream = $root.running_process.daemon.v1.DetachPipeStreamResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.detachPipeStream);
                                continue;
                            }
                        case 68: {
                                if (wireType !== 2)
                                    break;
                                message.listPipeSessions = $root.running_process.daemon.v1.ListPipeSessionsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listPipeSessions);
                                continue;
                            }
                        case 69: {
                                if (wireType !== 2)
                                    break;
                                message.terminatePipeSession = $root.running_process.daemon.v1.TerminatePipeSessionResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.terminatePipeSession);
                                continue;
                            }
                        case 70: {
                                if (wireType !== 2)
                                    break;
                                message.writePipeStdin = $root.running_process.daemon.v1.WritePipeStdinResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.writePipeStdin);
                                continue;
                            }
                        case 71: {
                                if (wireType !== 2)
                                    break;
                                message.getSessionBacklog = $root.running_process.daemon.v1.GetSessionBacklogResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getSessionBacklog);
                                continue;
                            }
                        case 72: {
                                if (wireType !== 2)
                                    break;
                                message.purgeExitedSessions = $root.running_process.daemon.v1.PurgeExitedSessionsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.purgeExitedSessions);
                                continue;
                            }
                        case 73: {
                                if (wireType !== 2)
                                    break;
                                message.bulkTerminateSessions = $root.running_process.daemon.v1.BulkTerminateSessionsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.bulkTerminateSessions);
                                continue;
                            }
                        case 74: {
                                if (wireType !== 2)
                                    break;
                                message.resizePtySession = $root.running_process.daemon.v1.ResizePtySessionResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.resizePtySession);
                                continue;
                            }
                        case 75: {
                                if (wireType !== 2)
                                    break;
                                message.registerSessionTee = $root.running_process.daemon.v1.RegisterSessionTeeResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.registerSessionTee);
                                continue;
                            }
                        case 76: {
                                if (wireType !== 2)
                                    break;
                                message.unregisterSessionTee = $root.running_process.daemon.v1.UnregisterSessionTeeResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.unregisterSessionTee);
                                continue;
                            }
                        case 77: {
                                if (wireType !== 2)
                                    break;
                                message.getSessionTeeStatus = $root.running_process.daemon.v1.GetSessionTeeStatusResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getSessionTeeStatus);
                                continue;
                            }
                        case 78: {
                                if (wireType !== 2)
                                    break;
                                message.registerSessionObserver = $root.running_process.daemon.v1.RegisterSessionObserverResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.registerSessionObserver);
                                continue;
                            }
                        case 79: {
                                if (wireType !== 2)
                                    break;
                                message.unregisterSessionObserver = $root.running_process.daemon.v1.UnregisterSessionObserverResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.unregisterSessionObserver);
                                continue;
                            }
                        case 80: {
                                if (wireType !== 2)
                                    break;
                                message.getSessionObserverStatus = $root.running_process.daemon.v1.GetSessionObserverStatusResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getSessionObserverStatus);
                                continue;
                            }
                        case 81: {
                                if (wireType !== 2)
                                    break;
                                message.attachSessionObserver = $root.running_process.daemon.v1.AttachSessionObserverResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.attachSessionObserver);
                                continue;
                            }
                        case 82: {
                                if (wireType !== 2)
                                    break;
                                message.getObserverCapabilities = $root.running_process.daemon.v1.GetObserverCapabilitiesResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.getObserverCapabilities);
                                continue;
                            }
                        case 120: {
                                if (wireType !== 2)
                                    break;
                                message.attachServiceEvents = $root.running_process.daemon.v1.AttachServiceEventsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.attachServiceEvents);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return DaemonResponse;
            })();

            v1.KeyValue = (function() {

                const KeyValue = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                KeyValue.prototype.key = "";
                KeyValue.prototype.value = "";

                KeyValue.create = function(properties) {
                    return new KeyValue(properties);
                };

                KeyValue.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(10).string(message.key);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(18).string(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                KeyValue.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.KeyValue();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return KeyValue;
            })();

            v1.EnvironmentPolicy = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ENVIRONMENT_POLICY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ENVIRONMENT_POLICY_INHERIT"] = 1;
                values[valuesById[2] = "ENVIRONMENT_POLICY_USER_BASELINE"] = 2;
                values[valuesById[3] = "ENVIRONMENT_POLICY_CLEAR"] = 3;
                return values;
            })();

            v1.TerminalGraphicsCapability = (function() {

                const TerminalGraphicsCapability = function (properties) {
                    this.risks = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TerminalGraphicsCapability.prototype.protocol = 0;
                TerminalGraphicsCapability.prototype.status = 0;
                TerminalGraphicsCapability.prototype.evidence = 0;
                TerminalGraphicsCapability.prototype.source = "";
                TerminalGraphicsCapability.prototype.risks = $util.emptyArray;

                TerminalGraphicsCapability.create = function(properties) {
                    return new TerminalGraphicsCapability(properties);
                };

                TerminalGraphicsCapability.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                        writer.uint32(8).int32(message.protocol);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(16).int32(message.status);
                    if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence") && message.evidence !== 0)
                        writer.uint32(24).int32(message.evidence);
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                        writer.uint32(34).string(message.source);
                    if (message.risks != null && message.risks.length)
                        for (let i = 0; i < message.risks.length; ++i)
                            writer.uint32(42).string(message.risks[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TerminalGraphicsCapability.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.TerminalGraphicsCapability();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.protocol = value;
                                else
                                    delete message.protocol;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.evidence = value;
                                else
                                    delete message.evidence;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.risks && message.risks.length))
                                    message.risks = [];
                                message.risks.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return TerminalGraphicsCapability;
            })();

            v1.TerminalGraphicsCapabilities = (function() {

                const TerminalGraphicsCapabilities = function (properties) {
                    this.protocols = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TerminalGraphicsCapabilities.prototype.protocols = $util.emptyArray;
                TerminalGraphicsCapabilities.prototype.preferred = 0;

                TerminalGraphicsCapabilities.create = function(properties) {
                    return new TerminalGraphicsCapabilities(properties);
                };

                TerminalGraphicsCapabilities.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.protocols != null && message.protocols.length)
                        for (let i = 0; i < message.protocols.length; ++i)
                            $root.running_process.daemon.v1.TerminalGraphicsCapability.encode(message.protocols[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.preferred != null && $Object.hasOwnProperty.call(message, "preferred") && message.preferred !== 0)
                        writer.uint32(16).int32(message.preferred);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TerminalGraphicsCapabilities.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.TerminalGraphicsCapabilities();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.protocols && message.protocols.length))
                                    message.protocols = [];
                                message.protocols.push($root.running_process.daemon.v1.TerminalGraphicsCapability.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.preferred = value;
                                else
                                    delete message.preferred;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return TerminalGraphicsCapabilities;
            })();

            v1.RegisterRequest = (function() {

                const RegisterRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RegisterRequest.prototype.pid = 0;
                RegisterRequest.prototype.createdAt = 0;
                RegisterRequest.prototype.kind = "";
                RegisterRequest.prototype.command = "";
                RegisterRequest.prototype.cwd = "";
                RegisterRequest.prototype.originator = "";
                RegisterRequest.prototype.containment = "";

                RegisterRequest.create = function(properties) {
                    return new RegisterRequest(properties);
                };

                RegisterRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(8).uint32(message.pid);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                        writer.uint32(17).double(message.createdAt);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(26).string(message.kind);
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                        writer.uint32(34).string(message.command);
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                        writer.uint32(42).string(message.cwd);
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(50).string(message.originator);
                    if (message.containment != null && $Object.hasOwnProperty.call(message, "containment") && message.containment !== "")
                        writer.uint32(58).string(message.containment);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RegisterRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.RegisterRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.command = value;
                                else
                                    delete message.command;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cwd = value;
                                else
                                    delete message.cwd;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.containment = value;
                                else
                                    delete message.containment;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return RegisterRequest;
            })();

            v1.RegisterResponse = (function() {

                const RegisterResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RegisterResponse.create = function(properties) {
                    return new RegisterResponse(properties);
                };

                RegisterResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RegisterResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.RegisterResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return RegisterResponse;
            })();

            v1.UnregisterRequest = (function() {

                const UnregisterRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UnregisterRequest.prototype.pid = 0;

                UnregisterRequest.create = function(properties) {
                    return new UnregisterRequest(properties);
                };

                UnregisterRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(8).uint32(message.pid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UnregisterRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.UnregisterRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return UnregisterRequest;
            })();

            v1.UnregisterResponse = (function() {

                const UnregisterResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UnregisterResponse.create = function(properties) {
                    return new UnregisterResponse(properties);
                };

                UnregisterResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UnregisterResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.UnregisterResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return UnregisterResponse;
            })();

            v1.SpawnDaemonRequest = (function() {

                const SpawnDaemonRequest = function (properties) {
                    this.env = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SpawnDaemonRequest.prototype.command = "";
                SpawnDaemonRequest.prototype.cwd = "";
                SpawnDaemonRequest.prototype.env = $util.emptyArray;
                SpawnDaemonRequest.prototype.originator = "";
                SpawnDaemonRequest.prototype.clearInheritedEnv = false;
                SpawnDaemonRequest.prototype.environmentPolicy = 0;

                SpawnDaemonRequest.create = function(properties) {
                    return new SpawnDaemonRequest(properties);
                };

                SpawnDaemonRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                        writer.uint32(10).string(message.command);
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                        writer.uint32(18).string(message.cwd);
                    if (message.env != null && message.env.length)
                        for (let i = 0; i < message.env.length; ++i)
                            $root.running_process.daemon.v1.KeyValue.encode(message.env[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(34).string(message.originator);
                    if (message.clearInheritedEnv != null && $Object.hasOwnProperty.call(message, "clearInheritedEnv") && message.clearInheritedEnv !== false)
                        writer.uint32(40).bool(message.clearInheritedEnv);
                    if (message.environmentPolicy != null && $Object.hasOwnProperty.call(message, "environmentPolicy") && message.environmentPolicy !== 0)
                        writer.uint32(48).int32(message.environmentPolicy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SpawnDaemonRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.SpawnDaemonRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.command = value;
                                else
                                    delete message.command;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cwd = value;
                                else
                                    delete message.cwd;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.env && message.env.length))
                                    message.env = [];
                                message.env.push($root.running_process.daemon.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.clearInheritedEnv = value;
                                else
                                    delete message.clearInheritedEnv;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.environmentPolicy = value;
                                else
                                    delete message.environmentPolicy;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SpawnDaemonRequest;
            })();

            v1.SpawnDaemonResponse = (function() {

                const SpawnDaemonResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SpawnDaemonResponse.prototype.pid = 0;
                SpawnDaemonResponse.prototype.createdAt = 0;
                SpawnDaemonResponse.prototype.command = "";
                SpawnDaemonResponse.prototype.cwd = "";
                SpawnDaemonResponse.prototype.originator = "";
                SpawnDaemonResponse.prototype.containment = "";

                SpawnDaemonResponse.create = function(properties) {
                    return new SpawnDaemonResponse(properties);
                };

                SpawnDaemonResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(8).uint32(message.pid);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                        writer.uint32(17).double(message.createdAt);
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                        writer.uint32(26).string(message.command);
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                        writer.uint32(34).string(message.cwd);
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(42).string(message.originator);
                    if (message.containment != null && $Object.hasOwnProperty.call(message, "containment") && message.containment !== "")
                        writer.uint32(50).string(message.containment);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SpawnDaemonResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.SpawnDaemonResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.command = value;
                                else
                                    delete message.command;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cwd = value;
                                else
                                    delete message.cwd;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.containment = value;
                                else
                                    delete message.containment;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SpawnDaemonResponse;
            })();

            v1.ListActiveRequest = (function() {

                const ListActiveRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ListActiveRequest.create = function(properties) {
                    return new ListActiveRequest(properties);
                };

                ListActiveRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ListActiveRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ListActiveRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ListActiveRequest;
            })();

            v1.ListActiveResponse = (function() {

                const ListActiveResponse = function (properties) {
                    this.processes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ListActiveResponse.prototype.processes = $util.emptyArray;

                ListActiveResponse.create = function(properties) {
                    return new ListActiveResponse(properties);
                };

                ListActiveResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.processes != null && message.processes.length)
                        for (let i = 0; i < message.processes.length; ++i)
                            $root.running_process.daemon.v1.TrackedProcess.encode(message.processes[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ListActiveResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ListActiveResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.processes && message.processes.length))
                                    message.processes = [];
                                message.processes.push($root.running_process.daemon.v1.TrackedProcess.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ListActiveResponse;
            })();

            v1.ListByOriginatorRequest = (function() {

                const ListByOriginatorRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ListByOriginatorRequest.prototype.tool = "";

                ListByOriginatorRequest.create = function(properties) {
                    return new ListByOriginatorRequest(properties);
                };

                ListByOriginatorRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tool != null && $Object.hasOwnProperty.call(message, "tool") && message.tool !== "")
                        writer.uint32(10).string(message.tool);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ListByOriginatorRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ListByOriginatorRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tool = value;
                                else
                                    delete message.tool;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ListByOriginatorRequest;
            })();

            v1.ListByOriginatorResponse = (function() {

                const ListByOriginatorResponse = function (properties) {
                    this.processes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ListByOriginatorResponse.prototype.processes = $util.emptyArray;

                ListByOriginatorResponse.create = function(properties) {
                    return new ListByOriginatorResponse(properties);
                };

                ListByOriginatorResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.processes != null && message.processes.length)
                        for (let i = 0; i < message.processes.length; ++i)
                            $root.running_process.daemon.v1.TrackedProcess.encode(message.processes[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ListByOriginatorResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ListByOriginatorResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.processes && message.processes.length))
                                    message.processes = [];
                                message.processes.push($root.running_process.daemon.v1.TrackedProcess.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ListByOriginatorResponse;
            })();

            v1.GetProcessTreeRequest = (function() {

                const GetProcessTreeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetProcessTreeRequest.prototype.pid = 0;

                GetProcessTreeRequest.create = function(properties) {
                    return new GetProcessTreeRequest(properties);
                };

                GetProcessTreeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(8).uint32(message.pid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetProcessTreeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.GetProcessTreeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetProcessTreeRequest;
            })();

            v1.GetProcessTreeResponse = (function() {

                const GetProcessTreeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetProcessTreeResponse.prototype.treeDisplay = "";

                GetProcessTreeResponse.create = function(properties) {
                    return new GetProcessTreeResponse(properties);
                };

                GetProcessTreeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.treeDisplay != null && $Object.hasOwnProperty.call(message, "treeDisplay") && message.treeDisplay !== "")
                        writer.uint32(10).string(message.treeDisplay);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetProcessTreeResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.GetProcessTreeResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.treeDisplay = value;
                                else
                                    delete message.treeDisplay;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetProcessTreeResponse;
            })();

            v1.KillZombiesRequest = (function() {

                const KillZombiesRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                KillZombiesRequest.prototype.dryRun = false;

                KillZombiesRequest.create = function(properties) {
                    return new KillZombiesRequest(properties);
                };

                KillZombiesRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                        writer.uint32(8).bool(message.dryRun);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                KillZombiesRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.KillZombiesRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.dryRun = value;
                                else
                                    delete message.dryRun;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return KillZombiesRequest;
            })();

            v1.KillZombiesResponse = (function() {

                const KillZombiesResponse = function (properties) {
                    this.zombies = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                KillZombiesResponse.prototype.zombies = $util.emptyArray;

                KillZombiesResponse.create = function(properties) {
                    return new KillZombiesResponse(properties);
                };

                KillZombiesResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.zombies != null && message.zombies.length)
                        for (let i = 0; i < message.zombies.length; ++i)
                            $root.running_process.daemon.v1.ZombieReport.encode(message.zombies[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                KillZombiesResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.KillZombiesResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.zombies && message.zombies.length))
                                    message.zombies = [];
                                message.zombies.push($root.running_process.daemon.v1.ZombieReport.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return KillZombiesResponse;
            })();

            v1.ZombieReport = (function() {

                const ZombieReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ZombieReport.prototype.pid = 0;
                ZombieReport.prototype.command = "";
                ZombieReport.prototype.reason = "";
                ZombieReport.prototype.killed = false;

                ZombieReport.create = function(properties) {
                    return new ZombieReport(properties);
                };

                ZombieReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(8).uint32(message.pid);
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                        writer.uint32(18).string(message.command);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(26).string(message.reason);
                    if (message.killed != null && $Object.hasOwnProperty.call(message, "killed") && message.killed !== false)
                        writer.uint32(32).bool(message.killed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ZombieReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ZombieReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.command = value;
                                else
                                    delete message.command;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.killed = value;
                                else
                                    delete message.killed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ZombieReport;
            })();

            v1.KillTreeRequest = (function() {

                const KillTreeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                KillTreeRequest.prototype.pid = 0;
                KillTreeRequest.prototype.timeoutSeconds = 0;

                KillTreeRequest.create = function(properties) {
                    return new KillTreeRequest(properties);
                };

                KillTreeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(8).uint32(message.pid);
                    if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds") && !$Object.is(message.timeoutSeconds, 0))
                        writer.uint32(17).double(message.timeoutSeconds);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                KillTreeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.KillTreeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.timeoutSeconds = value;
                                else
                                    delete message.timeoutSeconds;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return KillTreeRequest;
            })();

            v1.KillTreeResponse = (function() {

                const KillTreeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                KillTreeResponse.prototype.processesKilled = 0;

                KillTreeResponse.create = function(properties) {
                    return new KillTreeResponse(properties);
                };

                KillTreeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.processesKilled != null && $Object.hasOwnProperty.call(message, "processesKilled") && message.processesKilled !== 0)
                        writer.uint32(8).uint32(message.processesKilled);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                KillTreeResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.KillTreeResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.processesKilled = value;
                                else
                                    delete message.processesKilled;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return KillTreeResponse;
            })();

            v1.PingRequest = (function() {

                const PingRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PingRequest.create = function(properties) {
                    return new PingRequest(properties);
                };

                PingRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PingRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.PingRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return PingRequest;
            })();

            v1.PingResponse = (function() {

                const PingResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PingResponse.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                PingResponse.create = function(properties) {
                    return new PingResponse(properties);
                };

                PingResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                        writer.uint32(8).int64(message.serverTimeMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PingResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.PingResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.serverTimeMs = value;
                                else
                                    delete message.serverTimeMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return PingResponse;
            })();

            v1.ShutdownRequest = (function() {

                const ShutdownRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ShutdownRequest.prototype.graceful = false;
                ShutdownRequest.prototype.timeoutSeconds = 0;

                ShutdownRequest.create = function(properties) {
                    return new ShutdownRequest(properties);
                };

                ShutdownRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.graceful != null && $Object.hasOwnProperty.call(message, "graceful") && message.graceful !== false)
                        writer.uint32(8).bool(message.graceful);
                    if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds") && !$Object.is(message.timeoutSeconds, 0))
                        writer.uint32(17).double(message.timeoutSeconds);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ShutdownRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ShutdownRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.graceful = value;
                                else
                                    delete message.graceful;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.timeoutSeconds = value;
                                else
                                    delete message.timeoutSeconds;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ShutdownRequest;
            })();

            v1.ShutdownResponse = (function() {

                const ShutdownResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ShutdownResponse.create = function(properties) {
                    return new ShutdownResponse(properties);
                };

                ShutdownResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ShutdownResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ShutdownResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ShutdownResponse;
            })();

            v1.StatusRequest = (function() {

                const StatusRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                StatusRequest.create = function(properties) {
                    return new StatusRequest(properties);
                };

                StatusRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                StatusRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.StatusRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return StatusRequest;
            })();

            v1.StatusResponse = (function() {

                const StatusResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                StatusResponse.prototype.version = "";
                StatusResponse.prototype.uptimeSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                StatusResponse.prototype.trackedProcessCount = 0;
                StatusResponse.prototype.activeConnections = 0;
                StatusResponse.prototype.socketPath = "";
                StatusResponse.prototype.dbPath = "";
                StatusResponse.prototype.scope = "";
                StatusResponse.prototype.scopeHash = "";
                StatusResponse.prototype.scopeCwd = "";
                StatusResponse.prototype.emergencyReserve = "";
                StatusResponse.prototype.pid = 0;
                StatusResponse.prototype.journalPath = "";
                StatusResponse.prototype.lockPath = "";

                StatusResponse.create = function(properties) {
                    return new StatusResponse(properties);
                };

                StatusResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                        writer.uint32(10).string(message.version);
                    if (message.uptimeSeconds != null && $Object.hasOwnProperty.call(message, "uptimeSeconds") && (typeof message.uptimeSeconds === "object" ? message.uptimeSeconds.low || message.uptimeSeconds.high : message.uptimeSeconds !== 0))
                        writer.uint32(16).uint64(message.uptimeSeconds);
                    if (message.trackedProcessCount != null && $Object.hasOwnProperty.call(message, "trackedProcessCount") && message.trackedProcessCount !== 0)
                        writer.uint32(24).uint32(message.trackedProcessCount);
                    if (message.activeConnections != null && $Object.hasOwnProperty.call(message, "activeConnections") && message.activeConnections !== 0)
                        writer.uint32(32).uint32(message.activeConnections);
                    if (message.socketPath != null && $Object.hasOwnProperty.call(message, "socketPath") && message.socketPath !== "")
                        writer.uint32(42).string(message.socketPath);
                    if (message.dbPath != null && $Object.hasOwnProperty.call(message, "dbPath") && message.dbPath !== "")
                        writer.uint32(50).string(message.dbPath);
                    if (message.scope != null && $Object.hasOwnProperty.call(message, "scope") && message.scope !== "")
                        writer.uint32(58).string(message.scope);
                    if (message.scopeHash != null && $Object.hasOwnProperty.call(message, "scopeHash") && message.scopeHash !== "")
                        writer.uint32(66).string(message.scopeHash);
                    if (message.scopeCwd != null && $Object.hasOwnProperty.call(message, "scopeCwd") && message.scopeCwd !== "")
                        writer.uint32(74).string(message.scopeCwd);
                    if (message.emergencyReserve != null && $Object.hasOwnProperty.call(message, "emergencyReserve") && message.emergencyReserve !== "")
                        writer.uint32(82).string(message.emergencyReserve);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(800).uint32(message.pid);
                    if (message.journalPath != null && $Object.hasOwnProperty.call(message, "journalPath") && message.journalPath !== "")
                        writer.uint32(810).string(message.journalPath);
                    if (message.lockPath != null && $Object.hasOwnProperty.call(message, "lockPath") && message.lockPath !== "")
                        writer.uint32(818).string(message.lockPath);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                StatusResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.StatusResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.uptimeSeconds = value;
                                else
                                    delete message.uptimeSeconds;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.trackedProcessCount = value;
                                else
                                    delete message.trackedProcessCount;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.activeConnections = value;
                                else
                                    delete message.activeConnections;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.socketPath = value;
                                else
                                    delete message.socketPath;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.dbPath = value;
                                else
                                    delete message.dbPath;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.scope = value;
                                else
                                    delete message.scope;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.scopeHash = value;
                                else
                                    delete message.scopeHash;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.scopeCwd = value;
                                else
                                    delete message.scopeCwd;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.emergencyReserve = value;
                                else
                                    delete message.emergencyReserve;
                                continue;
                            }
                        case 100: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 101: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.journalPath = value;
                                else
                                    delete message.journalPath;
                                continue;
                            }
                        case 102: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lockPath = value;
                                else
                                    delete message.lockPath;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return StatusResponse;
            })();

            v1.TrackedProcess = (function() {

                const TrackedProcess = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TrackedProcess.prototype.pid = 0;
                TrackedProcess.prototype.createdAt = 0;
                TrackedProcess.prototype.kind = "";
                TrackedProcess.prototype.command = "";
                TrackedProcess.prototype.cwd = "";
                TrackedProcess.prototype.originator = "";
                TrackedProcess.prototype.containment = "";
                TrackedProcess.prototype.registeredAt = 0;
                TrackedProcess.prototype.uptimeSeconds = 0;
                TrackedProcess.prototype.parentAlive = false;
                TrackedProcess.prototype.state = 0;
                TrackedProcess.prototype.lastValidatedAt = 0;

                TrackedProcess.create = function(properties) {
                    return new TrackedProcess(properties);
                };

                TrackedProcess.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(8).uint32(message.pid);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                        writer.uint32(17).double(message.createdAt);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(26).string(message.kind);
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                        writer.uint32(34).string(message.command);
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                        writer.uint32(42).string(message.cwd);
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(50).string(message.originator);
                    if (message.containment != null && $Object.hasOwnProperty.call(message, "containment") && message.containment !== "")
                        writer.uint32(58).string(message.containment);
                    if (message.registeredAt != null && $Object.hasOwnProperty.call(message, "registeredAt") && !$Object.is(message.registeredAt, 0))
                        writer.uint32(65).double(message.registeredAt);
                    if (message.uptimeSeconds != null && $Object.hasOwnProperty.call(message, "uptimeSeconds") && !$Object.is(message.uptimeSeconds, 0))
                        writer.uint32(73).double(message.uptimeSeconds);
                    if (message.parentAlive != null && $Object.hasOwnProperty.call(message, "parentAlive") && message.parentAlive !== false)
                        writer.uint32(80).bool(message.parentAlive);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(88).int32(message.state);
                    if (message.lastValidatedAt != null && $Object.hasOwnProperty.call(message, "lastValidatedAt") && !$Object.is(message.lastValidatedAt, 0))
                        writer.uint32(97).double(message.lastValidatedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TrackedProcess.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.TrackedProcess();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.command = value;
                                else
                                    delete message.command;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cwd = value;
                                else
                                    delete message.cwd;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.containment = value;
                                else
                                    delete message.containment;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.registeredAt = value;
                                else
                                    delete message.registeredAt;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.uptimeSeconds = value;
                                else
                                    delete message.uptimeSeconds;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.parentAlive = value;
                                else
                                    delete message.parentAlive;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.lastValidatedAt = value;
                                else
                                    delete message.lastValidatedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return TrackedProcess;
            })();

            v1.ServiceConfig = (function() {

                const ServiceConfig = function (properties) {
                    this.cmd = [];
                    this.env = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceConfig.prototype.name = "";
                ServiceConfig.prototype.cmd = $util.emptyArray;
                ServiceConfig.prototype.cwd = "";
                ServiceConfig.prototype.env = $util.emptyObject;
                ServiceConfig.prototype.autorestart = false;
                ServiceConfig.prototype.maxRestarts = 0;
                ServiceConfig.prototype.restartDelayMs = 0;
                ServiceConfig.prototype.killTimeoutMs = 0;
                ServiceConfig.prototype.minUptimeMs = 0;

                ServiceConfig.create = function(properties) {
                    return new ServiceConfig(properties);
                };

                ServiceConfig.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(10).string(message.name);
                    if (message.cmd != null && message.cmd.length)
                        for (let i = 0; i < message.cmd.length; ++i)
                            writer.uint32(18).string(message.cmd[i]);
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                        writer.uint32(26).string(message.cwd);
                    if (message.env != null && $Object.hasOwnProperty.call(message, "env"))
                        for (let keys = $Object.keys(message.env), i = 0; i < keys.length; ++i)
                            writer.uint32(34).fork().uint32(10).string(keys[i]).uint32(18).string(message.env[keys[i]]).ldelim();
                    if (message.autorestart != null && $Object.hasOwnProperty.call(message, "autorestart") && message.autorestart !== false)
                        writer.uint32(40).bool(message.autorestart);
                    if (message.maxRestarts != null && $Object.hasOwnProperty.call(message, "maxRestarts") && message.maxRestarts !== 0)
                        writer.uint32(48).uint32(message.maxRestarts);
                    if (message.restartDelayMs != null && $Object.hasOwnProperty.call(message, "restartDelayMs") && message.restartDelayMs !== 0)
                        writer.uint32(56).uint32(message.restartDelayMs);
                    if (message.killTimeoutMs != null && $Object.hasOwnProperty.call(message, "killTimeoutMs") && message.killTimeoutMs !== 0)
                        writer.uint32(64).uint32(message.killTimeoutMs);
                    if (message.minUptimeMs != null && $Object.hasOwnProperty.call(message, "minUptimeMs") && message.minUptimeMs !== 0)
                        writer.uint32(72).uint32(message.minUptimeMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceConfig.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceConfig();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.cmd && message.cmd.length))
                                    message.cmd = [];
                                message.cmd.push(reader.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cwd = value;
                                else
                                    delete message.cwd;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (message.env === $util.emptyObject)
                                    message.env = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    let tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.env, key);
                                message.env[key] = value;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.autorestart = value;
                                else
                                    delete message.autorestart;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxRestarts = value;
                                else
                                    delete message.maxRestarts;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.restartDelayMs = value;
                                else
                                    delete message.restartDelayMs;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.killTimeoutMs = value;
                                else
                                    delete message.killTimeoutMs;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.minUptimeMs = value;
                                else
                                    delete message.minUptimeMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceConfig;
            })();

            v1.ServiceState = (function() {

                const ServiceState = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceState.prototype.name = "";
                ServiceState.prototype.id = 0;
                ServiceState.prototype.status = "";
                ServiceState.prototype.pid = 0;
                ServiceState.prototype.restartCount = 0;
                ServiceState.prototype.lastStartedAt = 0;
                ServiceState.prototype.lastExitedAt = 0;
                ServiceState.prototype.lastExitCode = 0;
                ServiceState.prototype.config = null;

                ServiceState.create = function(properties) {
                    return new ServiceState(properties);
                };

                ServiceState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(10).string(message.name);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                        writer.uint32(16).uint32(message.id);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(26).string(message.status);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(32).uint32(message.pid);
                    if (message.restartCount != null && $Object.hasOwnProperty.call(message, "restartCount") && message.restartCount !== 0)
                        writer.uint32(40).uint32(message.restartCount);
                    if (message.lastStartedAt != null && $Object.hasOwnProperty.call(message, "lastStartedAt") && !$Object.is(message.lastStartedAt, 0))
                        writer.uint32(49).double(message.lastStartedAt);
                    if (message.lastExitedAt != null && $Object.hasOwnProperty.call(message, "lastExitedAt") && !$Object.is(message.lastExitedAt, 0))
                        writer.uint32(57).double(message.lastExitedAt);
                    if (message.lastExitCode != null && $Object.hasOwnProperty.call(message, "lastExitCode") && message.lastExitCode !== 0)
                        writer.uint32(64).int32(message.lastExitCode);
                    if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                        $root.running_process.daemon.v1.ServiceConfig.encode(message.config, writer.uint32(74).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceState.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceState();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.restartCount = value;
                                else
                                    delete message.restartCount;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.lastStartedAt = value;
                                else
                                    delete message.lastStartedAt;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.lastExitedAt = value;
                                else
                                    delete message.lastExitedAt;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.lastExitCode = value;
                                else
                                    delete message.lastExitCode;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.config = $root.running_process.daemon.v1.ServiceConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceState;
            })();

            v1.ServiceStartRequest = (function() {

                const ServiceStartRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceStartRequest.prototype.config = null;

                ServiceStartRequest.create = function(properties) {
                    return new ServiceStartRequest(properties);
                };

                ServiceStartRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                        $root.running_process.daemon.v1.ServiceConfig.encode(message.config, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceStartRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceStartRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.config = $root.running_process.daemon.v1.ServiceConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceStartRequest;
            })();

            v1.ServiceStartResponse = (function() {

                const ServiceStartResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceStartResponse.prototype.service = null;

                ServiceStartResponse.create = function(properties) {
                    return new ServiceStartResponse(properties);
                };

                ServiceStartResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        $root.running_process.daemon.v1.ServiceState.encode(message.service, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceStartResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceStartResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.service = $root.running_process.daemon.v1.ServiceState.decode(reader, reader.size(), $undefined, _depth + 1, message.service);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceStartResponse;
            })();

            v1.ServiceStopRequest = (function() {

                const ServiceStopRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceStopRequest.prototype.target = "";

                ServiceStopRequest.create = function(properties) {
                    return new ServiceStopRequest(properties);
                };

                ServiceStopRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                        writer.uint32(10).string(message.target);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceStopRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceStopRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.target = value;
                                else
                                    delete message.target;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceStopRequest;
            })();

            v1.ServiceStopResponse = (function() {

                const ServiceStopResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceStopResponse.prototype.stoppedCount = 0;

                ServiceStopResponse.create = function(properties) {
                    return new ServiceStopResponse(properties);
                };

                ServiceStopResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stoppedCount != null && $Object.hasOwnProperty.call(message, "stoppedCount") && message.stoppedCount !== 0)
                        writer.uint32(8).uint32(message.stoppedCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceStopResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceStopResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.stoppedCount = value;
                                else
                                    delete message.stoppedCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceStopResponse;
            })();

            v1.ServiceRestartRequest = (function() {

                const ServiceRestartRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceRestartRequest.prototype.target = "";

                ServiceRestartRequest.create = function(properties) {
                    return new ServiceRestartRequest(properties);
                };

                ServiceRestartRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                        writer.uint32(10).string(message.target);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceRestartRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceRestartRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.target = value;
                                else
                                    delete message.target;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceRestartRequest;
            })();

            v1.ServiceRestartResponse = (function() {

                const ServiceRestartResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceRestartResponse.prototype.restartedCount = 0;

                ServiceRestartResponse.create = function(properties) {
                    return new ServiceRestartResponse(properties);
                };

                ServiceRestartResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.restartedCount != null && $Object.hasOwnProperty.call(message, "restartedCount") && message.restartedCount !== 0)
                        writer.uint32(8).uint32(message.restartedCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceRestartResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceRestartResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.restartedCount = value;
                                else
                                    delete message.restartedCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceRestartResponse;
            })();

            v1.ServiceDeleteRequest = (function() {

                const ServiceDeleteRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceDeleteRequest.prototype.target = "";

                ServiceDeleteRequest.create = function(properties) {
                    return new ServiceDeleteRequest(properties);
                };

                ServiceDeleteRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                        writer.uint32(10).string(message.target);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceDeleteRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceDeleteRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.target = value;
                                else
                                    delete message.target;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceDeleteRequest;
            })();

            v1.ServiceDeleteResponse = (function() {

                const ServiceDeleteResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceDeleteResponse.prototype.deletedCount = 0;

                ServiceDeleteResponse.create = function(properties) {
                    return new ServiceDeleteResponse(properties);
                };

                ServiceDeleteResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.deletedCount != null && $Object.hasOwnProperty.call(message, "deletedCount") && message.deletedCount !== 0)
                        writer.uint32(8).uint32(message.deletedCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceDeleteResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceDeleteResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.deletedCount = value;
                                else
                                    delete message.deletedCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceDeleteResponse;
            })();

            v1.ServiceListRequest = (function() {

                const ServiceListRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceListRequest.create = function(properties) {
                    return new ServiceListRequest(properties);
                };

                ServiceListRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceListRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceListRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceListRequest;
            })();

            v1.ServiceListResponse = (function() {

                const ServiceListResponse = function (properties) {
                    this.services = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceListResponse.prototype.services = $util.emptyArray;

                ServiceListResponse.create = function(properties) {
                    return new ServiceListResponse(properties);
                };

                ServiceListResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.services != null && message.services.length)
                        for (let i = 0; i < message.services.length; ++i)
                            $root.running_process.daemon.v1.ServiceState.encode(message.services[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceListResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceListResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.services && message.services.length))
                                    message.services = [];
                                message.services.push($root.running_process.daemon.v1.ServiceState.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceListResponse;
            })();

            v1.ServiceDescribeRequest = (function() {

                const ServiceDescribeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceDescribeRequest.prototype.target = "";

                ServiceDescribeRequest.create = function(properties) {
                    return new ServiceDescribeRequest(properties);
                };

                ServiceDescribeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                        writer.uint32(10).string(message.target);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceDescribeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceDescribeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.target = value;
                                else
                                    delete message.target;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceDescribeRequest;
            })();

            v1.ServiceDescribeResponse = (function() {

                const ServiceDescribeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceDescribeResponse.prototype.service = null;

                ServiceDescribeResponse.create = function(properties) {
                    return new ServiceDescribeResponse(properties);
                };

                ServiceDescribeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        $root.running_process.daemon.v1.ServiceState.encode(message.service, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceDescribeResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceDescribeResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.service = $root.running_process.daemon.v1.ServiceState.decode(reader, reader.size(), $undefined, _depth + 1, message.service);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceDescribeResponse;
            })();

            v1.ServiceLogsRequest = (function() {

                const ServiceLogsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceLogsRequest.prototype.target = "";
                ServiceLogsRequest.prototype.lines = 0;
                ServiceLogsRequest.prototype.follow = false;

                ServiceLogsRequest.create = function(properties) {
                    return new ServiceLogsRequest(properties);
                };

                ServiceLogsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                        writer.uint32(10).string(message.target);
                    if (message.lines != null && $Object.hasOwnProperty.call(message, "lines") && message.lines !== 0)
                        writer.uint32(16).uint32(message.lines);
                    if (message.follow != null && $Object.hasOwnProperty.call(message, "follow") && message.follow !== false)
                        writer.uint32(24).bool(message.follow);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceLogsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceLogsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.target = value;
                                else
                                    delete message.target;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.lines = value;
                                else
                                    delete message.lines;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.follow = value;
                                else
                                    delete message.follow;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceLogsRequest;
            })();

            v1.ServiceLogsResponse = (function() {

                const ServiceLogsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceLogsResponse.prototype.logText = "";

                ServiceLogsResponse.create = function(properties) {
                    return new ServiceLogsResponse(properties);
                };

                ServiceLogsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.logText != null && $Object.hasOwnProperty.call(message, "logText") && message.logText !== "")
                        writer.uint32(10).string(message.logText);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceLogsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceLogsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.logText = value;
                                else
                                    delete message.logText;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceLogsResponse;
            })();

            v1.ServiceFlushRequest = (function() {

                const ServiceFlushRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceFlushRequest.prototype.target = "";

                ServiceFlushRequest.create = function(properties) {
                    return new ServiceFlushRequest(properties);
                };

                ServiceFlushRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                        writer.uint32(10).string(message.target);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceFlushRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceFlushRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.target = value;
                                else
                                    delete message.target;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceFlushRequest;
            })();

            v1.ServiceFlushResponse = (function() {

                const ServiceFlushResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceFlushResponse.prototype.flushedCount = 0;

                ServiceFlushResponse.create = function(properties) {
                    return new ServiceFlushResponse(properties);
                };

                ServiceFlushResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.flushedCount != null && $Object.hasOwnProperty.call(message, "flushedCount") && message.flushedCount !== 0)
                        writer.uint32(8).uint32(message.flushedCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceFlushResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceFlushResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.flushedCount = value;
                                else
                                    delete message.flushedCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceFlushResponse;
            })();

            v1.ServiceSaveRequest = (function() {

                const ServiceSaveRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceSaveRequest.create = function(properties) {
                    return new ServiceSaveRequest(properties);
                };

                ServiceSaveRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceSaveRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceSaveRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceSaveRequest;
            })();

            v1.ServiceSaveResponse = (function() {

                const ServiceSaveResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceSaveResponse.prototype.snapshotPath = "";
                ServiceSaveResponse.prototype.serviceCount = 0;

                ServiceSaveResponse.create = function(properties) {
                    return new ServiceSaveResponse(properties);
                };

                ServiceSaveResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.snapshotPath != null && $Object.hasOwnProperty.call(message, "snapshotPath") && message.snapshotPath !== "")
                        writer.uint32(10).string(message.snapshotPath);
                    if (message.serviceCount != null && $Object.hasOwnProperty.call(message, "serviceCount") && message.serviceCount !== 0)
                        writer.uint32(16).uint32(message.serviceCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceSaveResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceSaveResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.snapshotPath = value;
                                else
                                    delete message.snapshotPath;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.serviceCount = value;
                                else
                                    delete message.serviceCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceSaveResponse;
            })();

            v1.ServiceResurrectRequest = (function() {

                const ServiceResurrectRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceResurrectRequest.create = function(properties) {
                    return new ServiceResurrectRequest(properties);
                };

                ServiceResurrectRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceResurrectRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceResurrectRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceResurrectRequest;
            })();

            v1.ServiceResurrectResponse = (function() {

                const ServiceResurrectResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceResurrectResponse.prototype.restoredCount = 0;

                ServiceResurrectResponse.create = function(properties) {
                    return new ServiceResurrectResponse(properties);
                };

                ServiceResurrectResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.restoredCount != null && $Object.hasOwnProperty.call(message, "restoredCount") && message.restoredCount !== 0)
                        writer.uint32(8).uint32(message.restoredCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceResurrectResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceResurrectResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.restoredCount = value;
                                else
                                    delete message.restoredCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceResurrectResponse;
            })();

            v1.SpawnPtySessionRequest = (function() {

                const SpawnPtySessionRequest = function (properties) {
                    this.argv = [];
                    this.env = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SpawnPtySessionRequest.prototype.argv = $util.emptyArray;
                SpawnPtySessionRequest.prototype.cwd = "";
                SpawnPtySessionRequest.prototype.env = $util.emptyArray;
                SpawnPtySessionRequest.prototype.clearInheritedEnv = false;
                SpawnPtySessionRequest.prototype.rows = 0;
                SpawnPtySessionRequest.prototype.cols = 0;
                SpawnPtySessionRequest.prototype.originator = "";
                SpawnPtySessionRequest.prototype.environmentPolicy = 0;
                SpawnPtySessionRequest.prototype.observe = null;

                SpawnPtySessionRequest.create = function(properties) {
                    return new SpawnPtySessionRequest(properties);
                };

                SpawnPtySessionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.argv != null && message.argv.length)
                        for (let i = 0; i < message.argv.length; ++i)
                            writer.uint32(10).string(message.argv[i]);
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                        writer.uint32(18).string(message.cwd);
                    if (message.env != null && message.env.length)
                        for (let i = 0; i < message.env.length; ++i)
                            $root.running_process.daemon.v1.KeyValue.encode(message.env[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.clearInheritedEnv != null && $Object.hasOwnProperty.call(message, "clearInheritedEnv") && message.clearInheritedEnv !== false)
                        writer.uint32(32).bool(message.clearInheritedEnv);
                    if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && message.rows !== 0)
                        writer.uint32(40).uint32(message.rows);
                    if (message.cols != null && $Object.hasOwnProperty.call(message, "cols") && message.cols !== 0)
                        writer.uint32(48).uint32(message.cols);
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(58).string(message.originator);
                    if (message.environmentPolicy != null && $Object.hasOwnProperty.call(message, "environmentPolicy") && message.environmentPolicy !== 0)
                        writer.uint32(64).int32(message.environmentPolicy);
                    if (message.observe != null && $Object.hasOwnProperty.call(message, "observe"))
                        $root.running_process.daemon.v1.ObserverSpec.encode(message.observe, writer.uint32(802).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SpawnPtySessionRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.SpawnPtySessionRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.argv && message.argv.length))
                                    message.argv = [];
                                message.argv.push(reader.stringVerify());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cwd = value;
                                else
                                    delete message.cwd;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.env && message.env.length))
                                    message.env = [];
                                message.env.push($root.running_process.daemon.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.clearInheritedEnv = value;
                                else
                                    delete message.clearInheritedEnv;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rows = value;
                                else
                                    delete message.rows;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cols = value;
                                else
                                    delete message.cols;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.environmentPolicy = value;
                                else
                                    delete message.environmentPolicy;
                                continue;
                            }
                        case 100: {
                                if (wireType !== 2)
                                    break;
                                message.observe = $root.running_process.daemon.v1.ObserverSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.observe);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SpawnPtySessionRequest;
            })();

            v1.SpawnPtySessionResponse = (function() {

                const SpawnPtySessionResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SpawnPtySessionResponse.prototype.sessionId = "";
                SpawnPtySessionResponse.prototype.pid = 0;
                SpawnPtySessionResponse.prototype.createdAt = 0;
                SpawnPtySessionResponse.prototype.subscriberId = "";

                SpawnPtySessionResponse.create = function(properties) {
                    return new SpawnPtySessionResponse(properties);
                };

                SpawnPtySessionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(16).uint32(message.pid);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                        writer.uint32(25).double(message.createdAt);
                    if (message.subscriberId != null && $Object.hasOwnProperty.call(message, "subscriberId") && message.subscriberId !== "")
                        writer.uint32(802).string(message.subscriberId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SpawnPtySessionResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.SpawnPtySessionResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 100: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subscriberId = value;
                                else
                                    delete message.subscriberId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SpawnPtySessionResponse;
            })();

            v1.AttachPtySessionRequest = (function() {

                const AttachPtySessionRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                AttachPtySessionRequest.prototype.sessionId = "";
                AttachPtySessionRequest.prototype.rows = 0;
                AttachPtySessionRequest.prototype.cols = 0;
                AttachPtySessionRequest.prototype.steal = false;
                AttachPtySessionRequest.prototype.term = "";
                AttachPtySessionRequest.prototype.isTty = false;
                AttachPtySessionRequest.prototype.graphicsCapabilities = null;
                AttachPtySessionRequest.prototype.lossless = false;

                AttachPtySessionRequest.create = function(properties) {
                    return new AttachPtySessionRequest(properties);
                };

                AttachPtySessionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && message.rows !== 0)
                        writer.uint32(16).uint32(message.rows);
                    if (message.cols != null && $Object.hasOwnProperty.call(message, "cols") && message.cols !== 0)
                        writer.uint32(24).uint32(message.cols);
                    if (message.steal != null && $Object.hasOwnProperty.call(message, "steal") && message.steal !== false)
                        writer.uint32(32).bool(message.steal);
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && message.term !== "")
                        writer.uint32(42).string(message.term);
                    if (message.isTty != null && $Object.hasOwnProperty.call(message, "isTty") && message.isTty !== false)
                        writer.uint32(48).bool(message.isTty);
                    if (message.graphicsCapabilities != null && $Object.hasOwnProperty.call(message, "graphicsCapabilities"))
                        $root.running_process.daemon.v1.TerminalGraphicsCapabilities.encode(message.graphicsCapabilities, writer.uint32(58).fork(), _depth + 1).ldelim();
                    if (message.lossless != null && $Object.hasOwnProperty.call(message, "lossless") && message.lossless !== false)
                        writer.uint32(800).bool(message.lossless);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                AttachPtySessionRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.AttachPtySessionRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rows = value;
                                else
                                    delete message.rows;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cols = value;
                                else
                                    delete message.cols;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.steal = value;
                                else
                                    delete message.steal;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.isTty = value;
                                else
                                    delete message.isTty;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.graphicsCapabilities = $root.running_process.daemon.v1.TerminalGraphicsCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.graphicsCapabilities);
                                continue;
                            }
                        case 100: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.lossless = value;
                                else
                                    delete message.lossless;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return AttachPtySessionRequest;
            })();

            v1.AttachPtySessionResponse = (function() {

                const AttachPtySessionResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                AttachPtySessionResponse.prototype.streamEndpoint = "";
                AttachPtySessionResponse.prototype.backlog = $util.newBuffer([]);
                AttachPtySessionResponse.prototype.backlogTruncated = false;
                AttachPtySessionResponse.prototype.bytesMissed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                AttachPtySessionResponse.create = function(properties) {
                    return new AttachPtySessionResponse(properties);
                };

                AttachPtySessionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.streamEndpoint != null && $Object.hasOwnProperty.call(message, "streamEndpoint") && message.streamEndpoint !== "")
                        writer.uint32(10).string(message.streamEndpoint);
                    if (message.backlog != null && $Object.hasOwnProperty.call(message, "backlog") && message.backlog.length)
                        writer.uint32(18).bytes(message.backlog);
                    if (message.backlogTruncated != null && $Object.hasOwnProperty.call(message, "backlogTruncated") && message.backlogTruncated !== false)
                        writer.uint32(24).bool(message.backlogTruncated);
                    if (message.bytesMissed != null && $Object.hasOwnProperty.call(message, "bytesMissed") && (typeof message.bytesMissed === "object" ? message.bytesMissed.low || message.bytesMissed.high : message.bytesMissed !== 0))
                        writer.uint32(32).uint64(message.bytesMissed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                AttachPtySessionResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.AttachPtySessionResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.streamEndpoint = value;
                                else
                                    delete message.streamEndpoint;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.backlog = value;
                                else
                                    delete message.backlog;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.backlogTruncated = value;
                                else
                                    delete message.backlogTruncated;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.bytesMissed = value;
                                else
                                    delete message.bytesMissed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return AttachPtySessionResponse;
            })();

            v1.DetachPtySessionRequest = (function() {

                const DetachPtySessionRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DetachPtySessionRequest.prototype.sessionId = "";

                DetachPtySessionRequest.create = function(properties) {
                    return new DetachPtySessionRequest(properties);
                };

                DetachPtySessionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DetachPtySessionRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.DetachPtySessionRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return DetachPtySessionRequest;
            })();

            v1.DetachPtySessionResponse = (function() {

                const DetachPtySessionResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DetachPtySessionResponse.create = function(properties) {
                    return new DetachPtySessionResponse(properties);
                };

                DetachPtySessionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DetachPtySessionResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.DetachPtySessionResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return DetachPtySessionResponse;
            })();

            v1.ListPtySessionsRequest = (function() {

                const ListPtySessionsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ListPtySessionsRequest.prototype.originator = "";

                ListPtySessionsRequest.create = function(properties) {
                    return new ListPtySessionsRequest(properties);
                };

                ListPtySessionsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(10).string(message.originator);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ListPtySessionsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ListPtySessionsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ListPtySessionsRequest;
            })();

            v1.ListPtySessionsResponse = (function() {

                const ListPtySessionsResponse = function (properties) {
                    this.sessions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ListPtySessionsResponse.prototype.sessions = $util.emptyArray;

                ListPtySessionsResponse.create = function(properties) {
                    return new ListPtySessionsResponse(properties);
                };

                ListPtySessionsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessions != null && message.sessions.length)
                        for (let i = 0; i < message.sessions.length; ++i)
                            $root.running_process.daemon.v1.PtySessionInfo.encode(message.sessions[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ListPtySessionsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ListPtySessionsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.sessions && message.sessions.length))
                                    message.sessions = [];
                                message.sessions.push($root.running_process.daemon.v1.PtySessionInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ListPtySessionsResponse;
            })();

            v1.PtySessionInfo = (function() {

                const PtySessionInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PtySessionInfo.prototype.sessionId = "";
                PtySessionInfo.prototype.pid = 0;
                PtySessionInfo.prototype.command = "";
                PtySessionInfo.prototype.cwd = "";
                PtySessionInfo.prototype.originator = "";
                PtySessionInfo.prototype.createdAt = 0;
                PtySessionInfo.prototype.attached = false;
                PtySessionInfo.prototype.exited = false;
                PtySessionInfo.prototype.exitCode = 0;
                PtySessionInfo.prototype.exitedAt = 0;
                PtySessionInfo.prototype.rows = 0;
                PtySessionInfo.prototype.cols = 0;
                PtySessionInfo.prototype.terminationOutcome = 0;
                PtySessionInfo.prototype.attachedIsTty = false;
                PtySessionInfo.prototype.attachedTerm = "";
                PtySessionInfo.prototype.attachedGraphicsCapabilities = null;

                PtySessionInfo.create = function(properties) {
                    return new PtySessionInfo(properties);
                };

                PtySessionInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(16).uint32(message.pid);
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                        writer.uint32(26).string(message.command);
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                        writer.uint32(34).string(message.cwd);
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(42).string(message.originator);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                        writer.uint32(49).double(message.createdAt);
                    if (message.attached != null && $Object.hasOwnProperty.call(message, "attached") && message.attached !== false)
                        writer.uint32(56).bool(message.attached);
                    if (message.exited != null && $Object.hasOwnProperty.call(message, "exited") && message.exited !== false)
                        writer.uint32(64).bool(message.exited);
                    if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                        writer.uint32(72).int32(message.exitCode);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt") && !$Object.is(message.exitedAt, 0))
                        writer.uint32(81).double(message.exitedAt);
                    if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && message.rows !== 0)
                        writer.uint32(88).uint32(message.rows);
                    if (message.cols != null && $Object.hasOwnProperty.call(message, "cols") && message.cols !== 0)
                        writer.uint32(96).uint32(message.cols);
                    if (message.terminationOutcome != null && $Object.hasOwnProperty.call(message, "terminationOutcome") && message.terminationOutcome !== 0)
                        writer.uint32(104).int32(message.terminationOutcome);
                    if (message.attachedIsTty != null && $Object.hasOwnProperty.call(message, "attachedIsTty") && message.attachedIsTty !== false)
                        writer.uint32(112).bool(message.attachedIsTty);
                    if (message.attachedTerm != null && $Object.hasOwnProperty.call(message, "attachedTerm") && message.attachedTerm !== "")
                        writer.uint32(122).string(message.attachedTerm);
                    if (message.attachedGraphicsCapabilities != null && $Object.hasOwnProperty.call(message, "attachedGraphicsCapabilities"))
                        $root.running_process.daemon.v1.TerminalGraphicsCapabilities.encode(message.attachedGraphicsCapabilities, writer.uint32(130).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PtySessionInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.PtySessionInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.command = value;
                                else
                                    delete message.command;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cwd = value;
                                else
                                    delete message.cwd;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.attached = value;
                                else
                                    delete message.attached;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.exited = value;
                                else
                                    delete message.exited;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.exitCode = value;
                                else
                                    delete message.exitCode;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.exitedAt = value;
                                else
                                    delete message.exitedAt;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rows = value;
                                else
                                    delete message.rows;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cols = value;
                                else
                                    delete message.cols;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.terminationOutcome = value;
                                else
                                    delete message.terminationOutcome;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.attachedIsTty = value;
                                else
                                    delete message.attachedIsTty;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.attachedTerm = value;
                                else
                                    delete message.attachedTerm;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.attachedGraphicsCapabilities = $root.running_process.daemon.v1.TerminalGraphicsCapabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.attachedGraphicsCapabilities);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return PtySessionInfo;
            })();

            v1.TerminatePtySessionRequest = (function() {

                const TerminatePtySessionRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TerminatePtySessionRequest.prototype.sessionId = "";
                TerminatePtySessionRequest.prototype.graceMs = 0;

                TerminatePtySessionRequest.create = function(properties) {
                    return new TerminatePtySessionRequest(properties);
                };

                TerminatePtySessionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.graceMs != null && $Object.hasOwnProperty.call(message, "graceMs") && message.graceMs !== 0)
                        writer.uint32(16).uint32(message.graceMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TerminatePtySessionRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.TerminatePtySessionRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.graceMs = value;
                                else
                                    delete message.graceMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return TerminatePtySessionRequest;
            })();

            v1.TerminatePtySessionResponse = (function() {

                const TerminatePtySessionResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TerminatePtySessionResponse.create = function(properties) {
                    return new TerminatePtySessionResponse(properties);
                };

                TerminatePtySessionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TerminatePtySessionResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.TerminatePtySessionResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return TerminatePtySessionResponse;
            })();

            v1.PtyStreamFrame = (function() {

                const PtyStreamFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PtyStreamFrame.prototype.output = null;
                PtyStreamFrame.prototype.exitCode = null;
                PtyStreamFrame.prototype.missedBytes = null;
                PtyStreamFrame.prototype.error = null;
                PtyStreamFrame.prototype.stolenBy = null;

                let $oneOfFields;

                $Object.defineProperty(PtyStreamFrame.prototype, "frame", {
                    get: $util.oneOfGetter($oneOfFields = ["output", "exitCode", "missedBytes", "error", "stolenBy"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                PtyStreamFrame.create = function(properties) {
                    return new PtyStreamFrame(properties);
                };

                PtyStreamFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                        writer.uint32(10).bytes(message.output);
                    if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                        writer.uint32(16).int32(message.exitCode);
                    if (message.missedBytes != null && $Object.hasOwnProperty.call(message, "missedBytes"))
                        writer.uint32(24).uint64(message.missedBytes);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        writer.uint32(34).string(message.error);
                    if (message.stolenBy != null && $Object.hasOwnProperty.call(message, "stolenBy"))
                        writer.uint32(42).string(message.stolenBy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PtyStreamFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.PtyStreamFrame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.output = reader.bytes();
                                message.frame = "output";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.exitCode = reader.int32();
                                message.frame = "exitCode";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.missedBytes = reader.uint64();
                                message.frame = "missedBytes";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.error = reader.stringVerify();
                                message.frame = "error";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.stolenBy = reader.stringVerify();
                                message.frame = "stolenBy";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return PtyStreamFrame;
            })();

            v1.PtyInputFrame = (function() {

                const PtyInputFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PtyInputFrame.prototype.input = null;
                PtyInputFrame.prototype.resize = null;
                PtyInputFrame.prototype.interrupt = null;
                PtyInputFrame.prototype.detach = null;

                let $oneOfFields;

                $Object.defineProperty(PtyInputFrame.prototype, "frame", {
                    get: $util.oneOfGetter($oneOfFields = ["input", "resize", "interrupt", "detach"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                PtyInputFrame.create = function(properties) {
                    return new PtyInputFrame(properties);
                };

                PtyInputFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                        writer.uint32(10).bytes(message.input);
                    if (message.resize != null && $Object.hasOwnProperty.call(message, "resize"))
                        $root.running_process.daemon.v1.PtyResize.encode(message.resize, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.interrupt != null && $Object.hasOwnProperty.call(message, "interrupt"))
                        writer.uint32(24).bool(message.interrupt);
                    if (message.detach != null && $Object.hasOwnProperty.call(message, "detach"))
                        writer.uint32(32).bool(message.detach);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PtyInputFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.PtyInputFrame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.input = reader.bytes();
                                message.frame = "input";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.resize = $root.running_process.daemon.v1.PtyResize.decode(reader, reader.size(), $undefined, _depth + 1, message.resize);
                                message.frame = "resize";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.interrupt = reader.bool();
                                message.frame = "interrupt";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.detach = reader.bool();
                                message.frame = "detach";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return PtyInputFrame;
            })();

            v1.PtyResize = (function() {

                const PtyResize = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PtyResize.prototype.rows = 0;
                PtyResize.prototype.cols = 0;

                PtyResize.create = function(properties) {
                    return new PtyResize(properties);
                };

                PtyResize.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && message.rows !== 0)
                        writer.uint32(8).uint32(message.rows);
                    if (message.cols != null && $Object.hasOwnProperty.call(message, "cols") && message.cols !== 0)
                        writer.uint32(16).uint32(message.cols);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PtyResize.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.PtyResize();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rows = value;
                                else
                                    delete message.rows;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cols = value;
                                else
                                    delete message.cols;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return PtyResize;
            })();

            v1.PipeStreamKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PIPE_STREAM_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PIPE_STREAM_KIND_STDOUT"] = 1;
                values[valuesById[2] = "PIPE_STREAM_KIND_STDERR"] = 2;
                return values;
            })();

            v1.TerminationOutcome = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TERMINATION_OUTCOME_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TERMINATION_OUTCOME_NATURAL_EXIT"] = 1;
                values[valuesById[2] = "TERMINATION_OUTCOME_SOFT_EXIT"] = 2;
                values[valuesById[3] = "TERMINATION_OUTCOME_HARD_KILLED"] = 3;
                return values;
            })();

            v1.SpawnPipeSessionRequest = (function() {

                const SpawnPipeSessionRequest = function (properties) {
                    this.argv = [];
                    this.env = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SpawnPipeSessionRequest.prototype.argv = $util.emptyArray;
                SpawnPipeSessionRequest.prototype.cwd = "";
                SpawnPipeSessionRequest.prototype.env = $util.emptyArray;
                SpawnPipeSessionRequest.prototype.clearInheritedEnv = false;
                SpawnPipeSessionRequest.prototype.originator = "";
                SpawnPipeSessionRequest.prototype.mergeStderrIntoStdout = false;
                SpawnPipeSessionRequest.prototype.environmentPolicy = 0;
                SpawnPipeSessionRequest.prototype.observe = null;
                SpawnPipeSessionRequest.prototype.holdOutput = false;

                SpawnPipeSessionRequest.create = function(properties) {
                    return new SpawnPipeSessionRequest(properties);
                };

                SpawnPipeSessionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.argv != null && message.argv.length)
                        for (let i = 0; i < message.argv.length; ++i)
                            writer.uint32(10).string(message.argv[i]);
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                        writer.uint32(18).string(message.cwd);
                    if (message.env != null && message.env.length)
                        for (let i = 0; i < message.env.length; ++i)
                            $root.running_process.daemon.v1.KeyValue.encode(message.env[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.clearInheritedEnv != null && $Object.hasOwnProperty.call(message, "clearInheritedEnv") && message.clearInheritedEnv !== false)
                        writer.uint32(32).bool(message.clearInheritedEnv);
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(42).string(message.originator);
                    if (message.mergeStderrIntoStdout != null && $Object.hasOwnProperty.call(message, "mergeStderrIntoStdout") && message.mergeStderrIntoStdout !== false)
                        writer.uint32(48).bool(message.mergeStderrIntoStdout);
                    if (message.environmentPolicy != null && $Object.hasOwnProperty.call(message, "environmentPolicy") && message.environmentPolicy !== 0)
                        writer.uint32(56).int32(message.environmentPolicy);
                    if (message.observe != null && $Object.hasOwnProperty.call(message, "observe"))
                        $root.running_process.daemon.v1.ObserverSpec.encode(message.observe, writer.uint32(802).fork(), _depth + 1).ldelim();
                    if (message.holdOutput != null && $Object.hasOwnProperty.call(message, "holdOutput") && message.holdOutput !== false)
                        writer.uint32(808).bool(message.holdOutput);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SpawnPipeSessionRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.SpawnPipeSessionRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.argv && message.argv.length))
                                    message.argv = [];
                                message.argv.push(reader.stringVerify());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cwd = value;
                                else
                                    delete message.cwd;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.env && message.env.length))
                                    message.env = [];
                                message.env.push($root.running_process.daemon.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.clearInheritedEnv = value;
                                else
                                    delete message.clearInheritedEnv;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.mergeStderrIntoStdout = value;
                                else
                                    delete message.mergeStderrIntoStdout;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.environmentPolicy = value;
                                else
                                    delete message.environmentPolicy;
                                continue;
                            }
                        case 100: {
                                if (wireType !== 2)
                                    break;
                                message.observe = $root.running_process.daemon.v1.ObserverSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.observe);
                                continue;
                            }
                        case 101: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.holdOutput = value;
                                else
                                    delete message.holdOutput;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SpawnPipeSessionRequest;
            })();

            v1.SpawnPipeSessionResponse = (function() {

                const SpawnPipeSessionResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SpawnPipeSessionResponse.prototype.sessionId = "";
                SpawnPipeSessionResponse.prototype.pid = 0;
                SpawnPipeSessionResponse.prototype.createdAt = 0;
                SpawnPipeSessionResponse.prototype.subscriberId = "";

                SpawnPipeSessionResponse.create = function(properties) {
                    return new SpawnPipeSessionResponse(properties);
                };

                SpawnPipeSessionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(16).uint32(message.pid);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                        writer.uint32(25).double(message.createdAt);
                    if (message.subscriberId != null && $Object.hasOwnProperty.call(message, "subscriberId") && message.subscriberId !== "")
                        writer.uint32(802).string(message.subscriberId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SpawnPipeSessionResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.SpawnPipeSessionResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 100: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subscriberId = value;
                                else
                                    delete message.subscriberId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SpawnPipeSessionResponse;
            })();

            v1.AttachPipeStreamRequest = (function() {

                const AttachPipeStreamRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                AttachPipeStreamRequest.prototype.sessionId = "";
                AttachPipeStreamRequest.prototype.stream = 0;
                AttachPipeStreamRequest.prototype.steal = false;
                AttachPipeStreamRequest.prototype.lossless = false;
                AttachPipeStreamRequest.prototype.shared = false;

                AttachPipeStreamRequest.create = function(properties) {
                    return new AttachPipeStreamRequest(properties);
                };

                AttachPipeStreamRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== 0)
                        writer.uint32(16).int32(message.stream);
                    if (message.steal != null && $Object.hasOwnProperty.call(message, "steal") && message.steal !== false)
                        writer.uint32(24).bool(message.steal);
                    if (message.lossless != null && $Object.hasOwnProperty.call(message, "lossless") && message.lossless !== false)
                        writer.uint32(800).bool(message.lossless);
                    if (message.shared != null && $Object.hasOwnProperty.call(message, "shared") && message.shared !== false)
                        writer.uint32(808).bool(message.shared);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                AttachPipeStreamRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.AttachPipeStreamRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.steal = value;
                                else
                                    delete message.steal;
                                continue;
                            }
                        case 100: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.lossless = value;
                                else
                                    delete message.lossless;
                                continue;
                            }
                        case 101: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.shared = value;
                                else
                                    delete message.shared;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return AttachPipeStreamRequest;
            })();

            v1.AttachPipeStreamResponse = (function() {

                const AttachPipeStreamResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                AttachPipeStreamResponse.prototype.backlog = $util.newBuffer([]);
                AttachPipeStreamResponse.prototype.backlogTruncated = false;
                AttachPipeStreamResponse.prototype.bytesMissed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                AttachPipeStreamResponse.create = function(properties) {
                    return new AttachPipeStreamResponse(properties);
                };

                AttachPipeStreamResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.backlog != null && $Object.hasOwnProperty.call(message, "backlog") && message.backlog.length)
                        writer.uint32(10).bytes(message.backlog);
                    if (message.backlogTruncated != null && $Object.hasOwnProperty.call(message, "backlogTruncated") && message.backlogTruncated !== false)
                        writer.uint32(16).bool(message.backlogTruncated);
                    if (message.bytesMissed != null && $Object.hasOwnProperty.call(message, "bytesMissed") && (typeof message.bytesMissed === "object" ? message.bytesMissed.low || message.bytesMissed.high : message.bytesMissed !== 0))
                        writer.uint32(24).uint64(message.bytesMissed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                AttachPipeStreamResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.AttachPipeStreamResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.backlog = value;
                                else
                                    delete message.backlog;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.backlogTruncated = value;
                                else
                                    delete message.backlogTruncated;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.bytesMissed = value;
                                else
                                    delete message.bytesMissed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return AttachPipeStreamResponse;
            })();

            v1.DetachPipeStreamRequest = (function() {

                const DetachPipeStreamRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DetachPipeStreamRequest.prototype.sessionId = "";
                DetachPipeStreamRequest.prototype.stream = 0;

                DetachPipeStreamRequest.create = function(properties) {
                    return new DetachPipeStreamRequest(properties);
                };

                DetachPipeStreamRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== 0)
                        writer.uint32(16).int32(message.stream);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DetachPipeStreamRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.DetachPipeStreamRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return DetachPipeStreamRequest;
            })();

            v1.DetachPipeStreamResponse = (function() {

                const DetachPipeStreamResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DetachPipeStreamResponse.create = function(properties) {
                    return new DetachPipeStreamResponse(properties);
                };

                DetachPipeStreamResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DetachPipeStreamResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.DetachPipeStreamResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return DetachPipeStreamResponse;
            })();

            v1.ListPipeSessionsRequest = (function() {

                const ListPipeSessionsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ListPipeSessionsRequest.prototype.originator = "";

                ListPipeSessionsRequest.create = function(properties) {
                    return new ListPipeSessionsRequest(properties);
                };

                ListPipeSessionsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(10).string(message.originator);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ListPipeSessionsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ListPipeSessionsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ListPipeSessionsRequest;
            })();

            v1.ListPipeSessionsResponse = (function() {

                const ListPipeSessionsResponse = function (properties) {
                    this.sessions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ListPipeSessionsResponse.prototype.sessions = $util.emptyArray;

                ListPipeSessionsResponse.create = function(properties) {
                    return new ListPipeSessionsResponse(properties);
                };

                ListPipeSessionsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessions != null && message.sessions.length)
                        for (let i = 0; i < message.sessions.length; ++i)
                            $root.running_process.daemon.v1.PipeSessionInfo.encode(message.sessions[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ListPipeSessionsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ListPipeSessionsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.sessions && message.sessions.length))
                                    message.sessions = [];
                                message.sessions.push($root.running_process.daemon.v1.PipeSessionInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ListPipeSessionsResponse;
            })();

            v1.PipeSessionInfo = (function() {

                const PipeSessionInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PipeSessionInfo.prototype.sessionId = "";
                PipeSessionInfo.prototype.pid = 0;
                PipeSessionInfo.prototype.command = "";
                PipeSessionInfo.prototype.cwd = "";
                PipeSessionInfo.prototype.originator = "";
                PipeSessionInfo.prototype.createdAt = 0;
                PipeSessionInfo.prototype.stdoutAttached = false;
                PipeSessionInfo.prototype.stderrAttached = false;
                PipeSessionInfo.prototype.exited = false;
                PipeSessionInfo.prototype.exitCode = 0;
                PipeSessionInfo.prototype.exitedAt = 0;
                PipeSessionInfo.prototype.mergeStderrIntoStdout = false;
                PipeSessionInfo.prototype.terminationOutcome = 0;

                PipeSessionInfo.create = function(properties) {
                    return new PipeSessionInfo(properties);
                };

                PipeSessionInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(16).uint32(message.pid);
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                        writer.uint32(26).string(message.command);
                    if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                        writer.uint32(34).string(message.cwd);
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(42).string(message.originator);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                        writer.uint32(49).double(message.createdAt);
                    if (message.stdoutAttached != null && $Object.hasOwnProperty.call(message, "stdoutAttached") && message.stdoutAttached !== false)
                        writer.uint32(56).bool(message.stdoutAttached);
                    if (message.stderrAttached != null && $Object.hasOwnProperty.call(message, "stderrAttached") && message.stderrAttached !== false)
                        writer.uint32(64).bool(message.stderrAttached);
                    if (message.exited != null && $Object.hasOwnProperty.call(message, "exited") && message.exited !== false)
                        writer.uint32(72).bool(message.exited);
                    if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                        writer.uint32(80).int32(message.exitCode);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt") && !$Object.is(message.exitedAt, 0))
                        writer.uint32(89).double(message.exitedAt);
                    if (message.mergeStderrIntoStdout != null && $Object.hasOwnProperty.call(message, "mergeStderrIntoStdout") && message.mergeStderrIntoStdout !== false)
                        writer.uint32(96).bool(message.mergeStderrIntoStdout);
                    if (message.terminationOutcome != null && $Object.hasOwnProperty.call(message, "terminationOutcome") && message.terminationOutcome !== 0)
                        writer.uint32(104).int32(message.terminationOutcome);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PipeSessionInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.PipeSessionInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.command = value;
                                else
                                    delete message.command;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cwd = value;
                                else
                                    delete message.cwd;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.stdoutAttached = value;
                                else
                                    delete message.stdoutAttached;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.stderrAttached = value;
                                else
                                    delete message.stderrAttached;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.exited = value;
                                else
                                    delete message.exited;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.exitCode = value;
                                else
                                    delete message.exitCode;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.exitedAt = value;
                                else
                                    delete message.exitedAt;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.mergeStderrIntoStdout = value;
                                else
                                    delete message.mergeStderrIntoStdout;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.terminationOutcome = value;
                                else
                                    delete message.terminationOutcome;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return PipeSessionInfo;
            })();

            v1.TerminatePipeSessionRequest = (function() {

                const TerminatePipeSessionRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TerminatePipeSessionRequest.prototype.sessionId = "";
                TerminatePipeSessionRequest.prototype.graceMs = 0;

                TerminatePipeSessionRequest.create = function(properties) {
                    return new TerminatePipeSessionRequest(properties);
                };

                TerminatePipeSessionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.graceMs != null && $Object.hasOwnProperty.call(message, "graceMs") && message.graceMs !== 0)
                        writer.uint32(16).uint32(message.graceMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TerminatePipeSessionRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.TerminatePipeSessionRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.graceMs = value;
                                else
                                    delete message.graceMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return TerminatePipeSessionRequest;
            })();

            v1.TerminatePipeSessionResponse = (function() {

                const TerminatePipeSessionResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TerminatePipeSessionResponse.create = function(properties) {
                    return new TerminatePipeSessionResponse(properties);
                };

                TerminatePipeSessionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TerminatePipeSessionResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.TerminatePipeSessionResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return TerminatePipeSessionResponse;
            })();

            v1.WritePipeStdinRequest = (function() {

                const WritePipeStdinRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                WritePipeStdinRequest.prototype.sessionId = "";
                WritePipeStdinRequest.prototype.data = $util.newBuffer([]);
                WritePipeStdinRequest.prototype.close = false;

                WritePipeStdinRequest.create = function(properties) {
                    return new WritePipeStdinRequest(properties);
                };

                WritePipeStdinRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(18).bytes(message.data);
                    if (message.close != null && $Object.hasOwnProperty.call(message, "close") && message.close !== false)
                        writer.uint32(24).bool(message.close);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                WritePipeStdinRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.WritePipeStdinRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.close = value;
                                else
                                    delete message.close;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return WritePipeStdinRequest;
            })();

            v1.WritePipeStdinResponse = (function() {

                const WritePipeStdinResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                WritePipeStdinResponse.prototype.bytesWritten = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                WritePipeStdinResponse.create = function(properties) {
                    return new WritePipeStdinResponse(properties);
                };

                WritePipeStdinResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.bytesWritten != null && $Object.hasOwnProperty.call(message, "bytesWritten") && (typeof message.bytesWritten === "object" ? message.bytesWritten.low || message.bytesWritten.high : message.bytesWritten !== 0))
                        writer.uint32(8).uint64(message.bytesWritten);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                WritePipeStdinResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.WritePipeStdinResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.bytesWritten = value;
                                else
                                    delete message.bytesWritten;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return WritePipeStdinResponse;
            })();

            v1.GetSessionBacklogRequest = (function() {

                const GetSessionBacklogRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetSessionBacklogRequest.prototype.sessionId = "";
                GetSessionBacklogRequest.prototype.pipeStream = 0;

                GetSessionBacklogRequest.create = function(properties) {
                    return new GetSessionBacklogRequest(properties);
                };

                GetSessionBacklogRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.pipeStream != null && $Object.hasOwnProperty.call(message, "pipeStream") && message.pipeStream !== 0)
                        writer.uint32(16).int32(message.pipeStream);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetSessionBacklogRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.GetSessionBacklogRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.pipeStream = value;
                                else
                                    delete message.pipeStream;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetSessionBacklogRequest;
            })();

            v1.GetSessionBacklogResponse = (function() {

                const GetSessionBacklogResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetSessionBacklogResponse.prototype.backlog = $util.newBuffer([]);
                GetSessionBacklogResponse.prototype.bytesMissed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                GetSessionBacklogResponse.prototype.sessionKind = "";
                GetSessionBacklogResponse.prototype.exited = false;
                GetSessionBacklogResponse.prototype.exitCode = 0;
                GetSessionBacklogResponse.prototype.exitedAt = 0;
                GetSessionBacklogResponse.prototype.terminationOutcome = 0;

                GetSessionBacklogResponse.create = function(properties) {
                    return new GetSessionBacklogResponse(properties);
                };

                GetSessionBacklogResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.backlog != null && $Object.hasOwnProperty.call(message, "backlog") && message.backlog.length)
                        writer.uint32(10).bytes(message.backlog);
                    if (message.bytesMissed != null && $Object.hasOwnProperty.call(message, "bytesMissed") && (typeof message.bytesMissed === "object" ? message.bytesMissed.low || message.bytesMissed.high : message.bytesMissed !== 0))
                        writer.uint32(16).uint64(message.bytesMissed);
                    if (message.sessionKind != null && $Object.hasOwnProperty.call(message, "sessionKind") && message.sessionKind !== "")
                        writer.uint32(26).string(message.sessionKind);
                    if (message.exited != null && $Object.hasOwnProperty.call(message, "exited") && message.exited !== false)
                        writer.uint32(32).bool(message.exited);
                    if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                        writer.uint32(40).int32(message.exitCode);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt") && !$Object.is(message.exitedAt, 0))
                        writer.uint32(49).double(message.exitedAt);
                    if (message.terminationOutcome != null && $Object.hasOwnProperty.call(message, "terminationOutcome") && message.terminationOutcome !== 0)
                        writer.uint32(56).int32(message.terminationOutcome);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetSessionBacklogResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.GetSessionBacklogResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.backlog = value;
                                else
                                    delete message.backlog;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.bytesMissed = value;
                                else
                                    delete message.bytesMissed;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionKind = value;
                                else
                                    delete message.sessionKind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.exited = value;
                                else
                                    delete message.exited;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.exitCode = value;
                                else
                                    delete message.exitCode;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.exitedAt = value;
                                else
                                    delete message.exitedAt;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.terminationOutcome = value;
                                else
                                    delete message.terminationOutcome;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetSessionBacklogResponse;
            })();

            v1.PurgeExitedSessionsRequest = (function() {

                const PurgeExitedSessionsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PurgeExitedSessionsRequest.prototype.originator = "";

                PurgeExitedSessionsRequest.create = function(properties) {
                    return new PurgeExitedSessionsRequest(properties);
                };

                PurgeExitedSessionsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(10).string(message.originator);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PurgeExitedSessionsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.PurgeExitedSessionsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return PurgeExitedSessionsRequest;
            })();

            v1.PurgeExitedSessionsResponse = (function() {

                const PurgeExitedSessionsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PurgeExitedSessionsResponse.prototype.ptyPurged = 0;
                PurgeExitedSessionsResponse.prototype.pipePurged = 0;

                PurgeExitedSessionsResponse.create = function(properties) {
                    return new PurgeExitedSessionsResponse(properties);
                };

                PurgeExitedSessionsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ptyPurged != null && $Object.hasOwnProperty.call(message, "ptyPurged") && message.ptyPurged !== 0)
                        writer.uint32(8).uint32(message.ptyPurged);
                    if (message.pipePurged != null && $Object.hasOwnProperty.call(message, "pipePurged") && message.pipePurged !== 0)
                        writer.uint32(16).uint32(message.pipePurged);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PurgeExitedSessionsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.PurgeExitedSessionsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ptyPurged = value;
                                else
                                    delete message.ptyPurged;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pipePurged = value;
                                else
                                    delete message.pipePurged;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return PurgeExitedSessionsResponse;
            })();

            v1.BulkTerminateSessionsRequest = (function() {

                const BulkTerminateSessionsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                BulkTerminateSessionsRequest.prototype.olderThanSecs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                BulkTerminateSessionsRequest.prototype.originator = "";
                BulkTerminateSessionsRequest.prototype.graceMs = 0;

                BulkTerminateSessionsRequest.create = function(properties) {
                    return new BulkTerminateSessionsRequest(properties);
                };

                BulkTerminateSessionsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.olderThanSecs != null && $Object.hasOwnProperty.call(message, "olderThanSecs") && (typeof message.olderThanSecs === "object" ? message.olderThanSecs.low || message.olderThanSecs.high : message.olderThanSecs !== 0))
                        writer.uint32(8).uint64(message.olderThanSecs);
                    if (message.originator != null && $Object.hasOwnProperty.call(message, "originator") && message.originator !== "")
                        writer.uint32(18).string(message.originator);
                    if (message.graceMs != null && $Object.hasOwnProperty.call(message, "graceMs") && message.graceMs !== 0)
                        writer.uint32(24).uint32(message.graceMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                BulkTerminateSessionsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.BulkTerminateSessionsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.olderThanSecs = value;
                                else
                                    delete message.olderThanSecs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originator = value;
                                else
                                    delete message.originator;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.graceMs = value;
                                else
                                    delete message.graceMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return BulkTerminateSessionsRequest;
            })();

            v1.BulkTerminateSessionsResponse = (function() {

                const BulkTerminateSessionsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                BulkTerminateSessionsResponse.prototype.ptyTerminated = 0;
                BulkTerminateSessionsResponse.prototype.pipeTerminated = 0;

                BulkTerminateSessionsResponse.create = function(properties) {
                    return new BulkTerminateSessionsResponse(properties);
                };

                BulkTerminateSessionsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ptyTerminated != null && $Object.hasOwnProperty.call(message, "ptyTerminated") && message.ptyTerminated !== 0)
                        writer.uint32(8).uint32(message.ptyTerminated);
                    if (message.pipeTerminated != null && $Object.hasOwnProperty.call(message, "pipeTerminated") && message.pipeTerminated !== 0)
                        writer.uint32(16).uint32(message.pipeTerminated);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                BulkTerminateSessionsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.BulkTerminateSessionsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ptyTerminated = value;
                                else
                                    delete message.ptyTerminated;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pipeTerminated = value;
                                else
                                    delete message.pipeTerminated;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return BulkTerminateSessionsResponse;
            })();

            v1.ResizePtySessionRequest = (function() {

                const ResizePtySessionRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ResizePtySessionRequest.prototype.sessionId = "";
                ResizePtySessionRequest.prototype.rows = 0;
                ResizePtySessionRequest.prototype.cols = 0;

                ResizePtySessionRequest.create = function(properties) {
                    return new ResizePtySessionRequest(properties);
                };

                ResizePtySessionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && message.rows !== 0)
                        writer.uint32(16).uint32(message.rows);
                    if (message.cols != null && $Object.hasOwnProperty.call(message, "cols") && message.cols !== 0)
                        writer.uint32(24).uint32(message.cols);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ResizePtySessionRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ResizePtySessionRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rows = value;
                                else
                                    delete message.rows;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.cols = value;
                                else
                                    delete message.cols;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ResizePtySessionRequest;
            })();

            v1.ResizePtySessionResponse = (function() {

                const ResizePtySessionResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ResizePtySessionResponse.create = function(properties) {
                    return new ResizePtySessionResponse(properties);
                };

                ResizePtySessionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ResizePtySessionResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ResizePtySessionResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ResizePtySessionResponse;
            })();

            v1.TeeSessionKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TEE_SESSION_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TEE_SESSION_KIND_PTY"] = 1;
                values[valuesById[2] = "TEE_SESSION_KIND_PIPE"] = 2;
                return values;
            })();

            v1.TeeStreamKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TEE_STREAM_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TEE_STREAM_KIND_PTY_OUTPUT"] = 1;
                values[valuesById[2] = "TEE_STREAM_KIND_STDOUT"] = 2;
                values[valuesById[3] = "TEE_STREAM_KIND_STDERR"] = 3;
                values[valuesById[4] = "TEE_STREAM_KIND_STDIN"] = 4;
                return values;
            })();

            v1.TeeSinkKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TEE_SINK_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TEE_SINK_KIND_FILE"] = 1;
                return values;
            })();

            v1.TeeFileMode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TEE_FILE_MODE_APPEND"] = 0;
                values[valuesById[1] = "TEE_FILE_MODE_TRUNCATE"] = 1;
                return values;
            })();

            v1.TeeBackpressure = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TEE_BACKPRESSURE_DROP_OLDEST"] = 0;
                values[valuesById[1] = "TEE_BACKPRESSURE_BLOCK"] = 1;
                return values;
            })();

            v1.RegisterSessionTeeRequest = (function() {

                const RegisterSessionTeeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RegisterSessionTeeRequest.prototype.sessionId = "";
                RegisterSessionTeeRequest.prototype.sessionKind = 0;
                RegisterSessionTeeRequest.prototype.stream = 0;
                RegisterSessionTeeRequest.prototype.sinkKind = 0;
                RegisterSessionTeeRequest.prototype.filePath = $util.newBuffer([]);
                RegisterSessionTeeRequest.prototype.fileMode = 0;
                RegisterSessionTeeRequest.prototype.queueCapacity = 0;
                RegisterSessionTeeRequest.prototype.suppressMissedMarkers = false;
                RegisterSessionTeeRequest.prototype.backpressure = 0;

                RegisterSessionTeeRequest.create = function(properties) {
                    return new RegisterSessionTeeRequest(properties);
                };

                RegisterSessionTeeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.sessionKind != null && $Object.hasOwnProperty.call(message, "sessionKind") && message.sessionKind !== 0)
                        writer.uint32(16).int32(message.sessionKind);
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== 0)
                        writer.uint32(24).int32(message.stream);
                    if (message.sinkKind != null && $Object.hasOwnProperty.call(message, "sinkKind") && message.sinkKind !== 0)
                        writer.uint32(32).int32(message.sinkKind);
                    if (message.filePath != null && $Object.hasOwnProperty.call(message, "filePath") && message.filePath.length)
                        writer.uint32(42).bytes(message.filePath);
                    if (message.fileMode != null && $Object.hasOwnProperty.call(message, "fileMode") && message.fileMode !== 0)
                        writer.uint32(48).int32(message.fileMode);
                    if (message.queueCapacity != null && $Object.hasOwnProperty.call(message, "queueCapacity") && message.queueCapacity !== 0)
                        writer.uint32(56).uint32(message.queueCapacity);
                    if (message.suppressMissedMarkers != null && $Object.hasOwnProperty.call(message, "suppressMissedMarkers") && message.suppressMissedMarkers !== false)
                        writer.uint32(64).bool(message.suppressMissedMarkers);
                    if (message.backpressure != null && $Object.hasOwnProperty.call(message, "backpressure") && message.backpressure !== 0)
                        writer.uint32(72).int32(message.backpressure);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RegisterSessionTeeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.RegisterSessionTeeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.sessionKind = value;
                                else
                                    delete message.sessionKind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.sinkKind = value;
                                else
                                    delete message.sinkKind;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.filePath = value;
                                else
                                    delete message.filePath;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.fileMode = value;
                                else
                                    delete message.fileMode;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.queueCapacity = value;
                                else
                                    delete message.queueCapacity;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.suppressMissedMarkers = value;
                                else
                                    delete message.suppressMissedMarkers;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.backpressure = value;
                                else
                                    delete message.backpressure;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return RegisterSessionTeeRequest;
            })();

            v1.RegisterSessionTeeResponse = (function() {

                const RegisterSessionTeeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RegisterSessionTeeResponse.prototype.teeHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                RegisterSessionTeeResponse.create = function(properties) {
                    return new RegisterSessionTeeResponse(properties);
                };

                RegisterSessionTeeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.teeHandle != null && $Object.hasOwnProperty.call(message, "teeHandle") && (typeof message.teeHandle === "object" ? message.teeHandle.low || message.teeHandle.high : message.teeHandle !== 0))
                        writer.uint32(8).uint64(message.teeHandle);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RegisterSessionTeeResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.RegisterSessionTeeResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.teeHandle = value;
                                else
                                    delete message.teeHandle;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return RegisterSessionTeeResponse;
            })();

            v1.UnregisterSessionTeeRequest = (function() {

                const UnregisterSessionTeeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UnregisterSessionTeeRequest.prototype.sessionId = "";
                UnregisterSessionTeeRequest.prototype.sessionKind = 0;
                UnregisterSessionTeeRequest.prototype.teeHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                UnregisterSessionTeeRequest.create = function(properties) {
                    return new UnregisterSessionTeeRequest(properties);
                };

                UnregisterSessionTeeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.sessionKind != null && $Object.hasOwnProperty.call(message, "sessionKind") && message.sessionKind !== 0)
                        writer.uint32(16).int32(message.sessionKind);
                    if (message.teeHandle != null && $Object.hasOwnProperty.call(message, "teeHandle") && (typeof message.teeHandle === "object" ? message.teeHandle.low || message.teeHandle.high : message.teeHandle !== 0))
                        writer.uint32(24).uint64(message.teeHandle);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UnregisterSessionTeeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.UnregisterSessionTeeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.sessionKind = value;
                                else
                                    delete message.sessionKind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.teeHandle = value;
                                else
                                    delete message.teeHandle;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return UnregisterSessionTeeRequest;
            })();

            v1.UnregisterSessionTeeResponse = (function() {

                const UnregisterSessionTeeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UnregisterSessionTeeResponse.create = function(properties) {
                    return new UnregisterSessionTeeResponse(properties);
                };

                UnregisterSessionTeeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UnregisterSessionTeeResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.UnregisterSessionTeeResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return UnregisterSessionTeeResponse;
            })();

            v1.GetSessionTeeStatusRequest = (function() {

                const GetSessionTeeStatusRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetSessionTeeStatusRequest.prototype.sessionId = "";
                GetSessionTeeStatusRequest.prototype.sessionKind = 0;
                GetSessionTeeStatusRequest.prototype.teeHandle = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                GetSessionTeeStatusRequest.create = function(properties) {
                    return new GetSessionTeeStatusRequest(properties);
                };

                GetSessionTeeStatusRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.sessionKind != null && $Object.hasOwnProperty.call(message, "sessionKind") && message.sessionKind !== 0)
                        writer.uint32(16).int32(message.sessionKind);
                    if (message.teeHandle != null && $Object.hasOwnProperty.call(message, "teeHandle") && (typeof message.teeHandle === "object" ? message.teeHandle.low || message.teeHandle.high : message.teeHandle !== 0))
                        writer.uint32(24).uint64(message.teeHandle);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetSessionTeeStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.GetSessionTeeStatusRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.sessionKind = value;
                                else
                                    delete message.sessionKind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.teeHandle = value;
                                else
                                    delete message.teeHandle;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetSessionTeeStatusRequest;
            })();

            v1.GetSessionTeeStatusResponse = (function() {

                const GetSessionTeeStatusResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetSessionTeeStatusResponse.prototype.stream = 0;
                GetSessionTeeStatusResponse.prototype.missedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                GetSessionTeeStatusResponse.prototype.disconnected = false;

                GetSessionTeeStatusResponse.create = function(properties) {
                    return new GetSessionTeeStatusResponse(properties);
                };

                GetSessionTeeStatusResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== 0)
                        writer.uint32(8).int32(message.stream);
                    if (message.missedBytes != null && $Object.hasOwnProperty.call(message, "missedBytes") && (typeof message.missedBytes === "object" ? message.missedBytes.low || message.missedBytes.high : message.missedBytes !== 0))
                        writer.uint32(16).uint64(message.missedBytes);
                    if (message.disconnected != null && $Object.hasOwnProperty.call(message, "disconnected") && message.disconnected !== false)
                        writer.uint32(24).bool(message.disconnected);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetSessionTeeStatusResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.GetSessionTeeStatusResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.missedBytes = value;
                                else
                                    delete message.missedBytes;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.disconnected = value;
                                else
                                    delete message.disconnected;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetSessionTeeStatusResponse;
            })();

            v1.ObserverSessionKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "OBSERVER_SESSION_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "OBSERVER_SESSION_KIND_PTY"] = 1;
                values[valuesById[2] = "OBSERVER_SESSION_KIND_PIPE"] = 2;
                return values;
            })();

            v1.ObserverEventCategory = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "OBSERVER_EVENT_CATEGORY_LIFECYCLE"] = 0;
                values[valuesById[1] = "OBSERVER_EVENT_CATEGORY_FILE"] = 1;
                values[valuesById[2] = "OBSERVER_EVENT_CATEGORY_NETWORK"] = 2;
                values[valuesById[3] = "OBSERVER_EVENT_CATEGORY_PROCESS"] = 3;
                return values;
            })();

            v1.ObserverBackpressure = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "OBSERVER_BACKPRESSURE_DROP_OLDEST"] = 0;
                values[valuesById[1] = "OBSERVER_BACKPRESSURE_BLOCK"] = 1;
                return values;
            })();

            v1.RegisterSessionObserverRequest = (function() {

                const RegisterSessionObserverRequest = function (properties) {
                    this.categories = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RegisterSessionObserverRequest.prototype.sessionId = "";
                RegisterSessionObserverRequest.prototype.sessionKind = 0;
                RegisterSessionObserverRequest.prototype.categories = $util.emptyArray;
                RegisterSessionObserverRequest.prototype.ringCapacityEvents = 0;
                RegisterSessionObserverRequest.prototype.backpressure = 0;

                RegisterSessionObserverRequest.create = function(properties) {
                    return new RegisterSessionObserverRequest(properties);
                };

                RegisterSessionObserverRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.sessionKind != null && $Object.hasOwnProperty.call(message, "sessionKind") && message.sessionKind !== 0)
                        writer.uint32(16).int32(message.sessionKind);
                    if (message.categories != null && message.categories.length)
                        writer.uint32(26).uint32s(message.categories);
                    if (message.ringCapacityEvents != null && $Object.hasOwnProperty.call(message, "ringCapacityEvents") && message.ringCapacityEvents !== 0)
                        writer.uint32(32).uint32(message.ringCapacityEvents);
                    if (message.backpressure != null && $Object.hasOwnProperty.call(message, "backpressure") && message.backpressure !== 0)
                        writer.uint32(40).int32(message.backpressure);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RegisterSessionObserverRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.RegisterSessionObserverRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.sessionKind = value;
                                else
                                    delete message.sessionKind;
                                continue;
                            }
                        case 3: {
                                if (wireType === 2) {
                                    if (!(message.categories && message.categories.length))
                                        message.categories = [];
                                    reader.uint32s(message.categories);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.categories && message.categories.length))
                                    message.categories = [];
                                message.categories.push(reader.uint32());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ringCapacityEvents = value;
                                else
                                    delete message.ringCapacityEvents;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.backpressure = value;
                                else
                                    delete message.backpressure;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return RegisterSessionObserverRequest;
            })();

            v1.RegisterSessionObserverResponse = (function() {

                const RegisterSessionObserverResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RegisterSessionObserverResponse.prototype.subscriberId = "";

                RegisterSessionObserverResponse.create = function(properties) {
                    return new RegisterSessionObserverResponse(properties);
                };

                RegisterSessionObserverResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.subscriberId != null && $Object.hasOwnProperty.call(message, "subscriberId") && message.subscriberId !== "")
                        writer.uint32(10).string(message.subscriberId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RegisterSessionObserverResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.RegisterSessionObserverResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subscriberId = value;
                                else
                                    delete message.subscriberId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return RegisterSessionObserverResponse;
            })();

            v1.UnregisterSessionObserverRequest = (function() {

                const UnregisterSessionObserverRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UnregisterSessionObserverRequest.prototype.sessionId = "";
                UnregisterSessionObserverRequest.prototype.sessionKind = 0;
                UnregisterSessionObserverRequest.prototype.subscriberId = "";

                UnregisterSessionObserverRequest.create = function(properties) {
                    return new UnregisterSessionObserverRequest(properties);
                };

                UnregisterSessionObserverRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.sessionKind != null && $Object.hasOwnProperty.call(message, "sessionKind") && message.sessionKind !== 0)
                        writer.uint32(16).int32(message.sessionKind);
                    if (message.subscriberId != null && $Object.hasOwnProperty.call(message, "subscriberId") && message.subscriberId !== "")
                        writer.uint32(26).string(message.subscriberId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UnregisterSessionObserverRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.UnregisterSessionObserverRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.sessionKind = value;
                                else
                                    delete message.sessionKind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subscriberId = value;
                                else
                                    delete message.subscriberId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return UnregisterSessionObserverRequest;
            })();

            v1.UnregisterSessionObserverResponse = (function() {

                const UnregisterSessionObserverResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UnregisterSessionObserverResponse.create = function(properties) {
                    return new UnregisterSessionObserverResponse(properties);
                };

                UnregisterSessionObserverResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UnregisterSessionObserverResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.UnregisterSessionObserverResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return UnregisterSessionObserverResponse;
            })();

            v1.GetSessionObserverStatusRequest = (function() {

                const GetSessionObserverStatusRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetSessionObserverStatusRequest.prototype.sessionId = "";
                GetSessionObserverStatusRequest.prototype.sessionKind = 0;
                GetSessionObserverStatusRequest.prototype.subscriberId = "";

                GetSessionObserverStatusRequest.create = function(properties) {
                    return new GetSessionObserverStatusRequest(properties);
                };

                GetSessionObserverStatusRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.sessionKind != null && $Object.hasOwnProperty.call(message, "sessionKind") && message.sessionKind !== 0)
                        writer.uint32(16).int32(message.sessionKind);
                    if (message.subscriberId != null && $Object.hasOwnProperty.call(message, "subscriberId") && message.subscriberId !== "")
                        writer.uint32(26).string(message.subscriberId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetSessionObserverStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.GetSessionObserverStatusRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.sessionKind = value;
                                else
                                    delete message.sessionKind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subscriberId = value;
                                else
                                    delete message.subscriberId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetSessionObserverStatusRequest;
            })();

            v1.GetSessionObserverStatusResponse = (function() {

                const GetSessionObserverStatusResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetSessionObserverStatusResponse.prototype.missedEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                GetSessionObserverStatusResponse.prototype.disconnected = false;
                GetSessionObserverStatusResponse.prototype.deliveredEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                GetSessionObserverStatusResponse.create = function(properties) {
                    return new GetSessionObserverStatusResponse(properties);
                };

                GetSessionObserverStatusResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.missedEvents != null && $Object.hasOwnProperty.call(message, "missedEvents") && (typeof message.missedEvents === "object" ? message.missedEvents.low || message.missedEvents.high : message.missedEvents !== 0))
                        writer.uint32(8).uint64(message.missedEvents);
                    if (message.disconnected != null && $Object.hasOwnProperty.call(message, "disconnected") && message.disconnected !== false)
                        writer.uint32(16).bool(message.disconnected);
                    if (message.deliveredEvents != null && $Object.hasOwnProperty.call(message, "deliveredEvents") && (typeof message.deliveredEvents === "object" ? message.deliveredEvents.low || message.deliveredEvents.high : message.deliveredEvents !== 0))
                        writer.uint32(24).uint64(message.deliveredEvents);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetSessionObserverStatusResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.GetSessionObserverStatusResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.missedEvents = value;
                                else
                                    delete message.missedEvents;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.disconnected = value;
                                else
                                    delete message.disconnected;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.deliveredEvents = value;
                                else
                                    delete message.deliveredEvents;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetSessionObserverStatusResponse;
            })();

            v1.PipeStreamFrame = (function() {

                const PipeStreamFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PipeStreamFrame.prototype.bytes = null;
                PipeStreamFrame.prototype.eof = null;
                PipeStreamFrame.prototype.exitCode = null;
                PipeStreamFrame.prototype.missedBytes = null;
                PipeStreamFrame.prototype.error = null;
                PipeStreamFrame.prototype.stolenBy = null;

                let $oneOfFields;

                $Object.defineProperty(PipeStreamFrame.prototype, "frame", {
                    get: $util.oneOfGetter($oneOfFields = ["bytes", "eof", "exitCode", "missedBytes", "error", "stolenBy"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                PipeStreamFrame.create = function(properties) {
                    return new PipeStreamFrame(properties);
                };

                PipeStreamFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                        writer.uint32(10).bytes(message.bytes);
                    if (message.eof != null && $Object.hasOwnProperty.call(message, "eof"))
                        writer.uint32(16).bool(message.eof);
                    if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                        writer.uint32(24).int32(message.exitCode);
                    if (message.missedBytes != null && $Object.hasOwnProperty.call(message, "missedBytes"))
                        writer.uint32(32).uint64(message.missedBytes);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        writer.uint32(42).string(message.error);
                    if (message.stolenBy != null && $Object.hasOwnProperty.call(message, "stolenBy"))
                        writer.uint32(50).string(message.stolenBy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PipeStreamFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.PipeStreamFrame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.bytes = reader.bytes();
                                message.frame = "bytes";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.eof = reader.bool();
                                message.frame = "eof";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.exitCode = reader.int32();
                                message.frame = "exitCode";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.missedBytes = reader.uint64();
                                message.frame = "missedBytes";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.error = reader.stringVerify();
                                message.frame = "error";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.stolenBy = reader.stringVerify();
                                message.frame = "stolenBy";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return PipeStreamFrame;
            })();

            v1.AttachSessionObserverRequest = (function() {

                const AttachSessionObserverRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                AttachSessionObserverRequest.prototype.sessionId = "";
                AttachSessionObserverRequest.prototype.sessionKind = 0;
                AttachSessionObserverRequest.prototype.subscriberId = "";
                AttachSessionObserverRequest.prototype.steal = false;

                AttachSessionObserverRequest.create = function(properties) {
                    return new AttachSessionObserverRequest(properties);
                };

                AttachSessionObserverRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(10).string(message.sessionId);
                    if (message.sessionKind != null && $Object.hasOwnProperty.call(message, "sessionKind") && message.sessionKind !== 0)
                        writer.uint32(16).int32(message.sessionKind);
                    if (message.subscriberId != null && $Object.hasOwnProperty.call(message, "subscriberId") && message.subscriberId !== "")
                        writer.uint32(26).string(message.subscriberId);
                    if (message.steal != null && $Object.hasOwnProperty.call(message, "steal") && message.steal !== false)
                        writer.uint32(32).bool(message.steal);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                AttachSessionObserverRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.AttachSessionObserverRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.sessionKind = value;
                                else
                                    delete message.sessionKind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subscriberId = value;
                                else
                                    delete message.subscriberId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.steal = value;
                                else
                                    delete message.steal;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return AttachSessionObserverRequest;
            })();

            v1.AttachSessionObserverResponse = (function() {

                const AttachSessionObserverResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                AttachSessionObserverResponse.prototype.bufferedEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                AttachSessionObserverResponse.prototype.missedEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                AttachSessionObserverResponse.create = function(properties) {
                    return new AttachSessionObserverResponse(properties);
                };

                AttachSessionObserverResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.bufferedEvents != null && $Object.hasOwnProperty.call(message, "bufferedEvents") && (typeof message.bufferedEvents === "object" ? message.bufferedEvents.low || message.bufferedEvents.high : message.bufferedEvents !== 0))
                        writer.uint32(8).uint64(message.bufferedEvents);
                    if (message.missedEvents != null && $Object.hasOwnProperty.call(message, "missedEvents") && (typeof message.missedEvents === "object" ? message.missedEvents.low || message.missedEvents.high : message.missedEvents !== 0))
                        writer.uint32(16).uint64(message.missedEvents);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                AttachSessionObserverResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.AttachSessionObserverResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.bufferedEvents = value;
                                else
                                    delete message.bufferedEvents;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.missedEvents = value;
                                else
                                    delete message.missedEvents;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return AttachSessionObserverResponse;
            })();

            v1.ObserverEvent = (function() {

                const ObserverEvent = function (properties) {
                    this.argv = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ObserverEvent.prototype.category = 0;
                ObserverEvent.prototype.kind = "";
                ObserverEvent.prototype.pid = 0;
                ObserverEvent.prototype.ppid = 0;
                ObserverEvent.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                ObserverEvent.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                ObserverEvent.prototype.exitCode = 0;
                ObserverEvent.prototype.path = "";
                ObserverEvent.prototype.flags = 0;
                ObserverEvent.prototype.byteCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                ObserverEvent.prototype.toPath = "";
                ObserverEvent.prototype.protocol = "";
                ObserverEvent.prototype.localAddress = "";
                ObserverEvent.prototype.remoteAddress = "";
                ObserverEvent.prototype.argv = $util.emptyArray;
                ObserverEvent.prototype.terminationOutcome = 0;

                ObserverEvent.create = function(properties) {
                    return new ObserverEvent(properties);
                };

                ObserverEvent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== 0)
                        writer.uint32(8).int32(message.category);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(18).string(message.kind);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(24).uint32(message.pid);
                    if (message.ppid != null && $Object.hasOwnProperty.call(message, "ppid") && message.ppid !== 0)
                        writer.uint32(32).uint32(message.ppid);
                    if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                        writer.uint32(40).uint64(message.timestampMs);
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                        writer.uint32(48).uint64(message.sequence);
                    if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                        writer.uint32(56).int32(message.exitCode);
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                        writer.uint32(66).string(message.path);
                    if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                        writer.uint32(72).uint32(message.flags);
                    if (message.byteCount != null && $Object.hasOwnProperty.call(message, "byteCount") && (typeof message.byteCount === "object" ? message.byteCount.low || message.byteCount.high : message.byteCount !== 0))
                        writer.uint32(80).uint64(message.byteCount);
                    if (message.toPath != null && $Object.hasOwnProperty.call(message, "toPath") && message.toPath !== "")
                        writer.uint32(90).string(message.toPath);
                    if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                        writer.uint32(98).string(message.protocol);
                    if (message.localAddress != null && $Object.hasOwnProperty.call(message, "localAddress") && message.localAddress !== "")
                        writer.uint32(106).string(message.localAddress);
                    if (message.remoteAddress != null && $Object.hasOwnProperty.call(message, "remoteAddress") && message.remoteAddress !== "")
                        writer.uint32(114).string(message.remoteAddress);
                    if (message.argv != null && message.argv.length)
                        for (let i = 0; i < message.argv.length; ++i)
                            writer.uint32(122).string(message.argv[i]);
                    if (message.terminationOutcome != null && $Object.hasOwnProperty.call(message, "terminationOutcome") && message.terminationOutcome !== 0)
                        writer.uint32(128).int32(message.terminationOutcome);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ObserverEvent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ObserverEvent();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.category = value;
                                else
                                    delete message.category;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ppid = value;
                                else
                                    delete message.ppid;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timestampMs = value;
                                else
                                    delete message.timestampMs;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sequence = value;
                                else
                                    delete message.sequence;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.exitCode = value;
                                else
                                    delete message.exitCode;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.path = value;
                                else
                                    delete message.path;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.flags = value;
                                else
                                    delete message.flags;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.byteCount = value;
                                else
                                    delete message.byteCount;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.toPath = value;
                                else
                                    delete message.toPath;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.protocol = value;
                                else
                                    delete message.protocol;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.localAddress = value;
                                else
                                    delete message.localAddress;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.remoteAddress = value;
                                else
                                    delete message.remoteAddress;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.argv && message.argv.length))
                                    message.argv = [];
                                message.argv.push(reader.stringVerify());
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.terminationOutcome = value;
                                else
                                    delete message.terminationOutcome;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ObserverEvent;
            })();

            v1.ObserverEventBatch = (function() {

                const ObserverEventBatch = function (properties) {
                    this.events = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ObserverEventBatch.prototype.events = $util.emptyArray;

                ObserverEventBatch.create = function(properties) {
                    return new ObserverEventBatch(properties);
                };

                ObserverEventBatch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.events != null && message.events.length)
                        for (let i = 0; i < message.events.length; ++i)
                            $root.running_process.daemon.v1.ObserverEvent.encode(message.events[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ObserverEventBatch.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ObserverEventBatch();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.events && message.events.length))
                                    message.events = [];
                                message.events.push($root.running_process.daemon.v1.ObserverEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ObserverEventBatch;
            })();

            v1.ObserverEventFrame = (function() {

                const ObserverEventFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ObserverEventFrame.prototype.events = null;
                ObserverEventFrame.prototype.missedEvents = null;
                ObserverEventFrame.prototype.error = null;
                ObserverEventFrame.prototype.stolenBy = null;
                ObserverEventFrame.prototype.closed = null;

                let $oneOfFields;

                $Object.defineProperty(ObserverEventFrame.prototype, "frame", {
                    get: $util.oneOfGetter($oneOfFields = ["events", "missedEvents", "error", "stolenBy", "closed"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                ObserverEventFrame.create = function(properties) {
                    return new ObserverEventFrame(properties);
                };

                ObserverEventFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                        $root.running_process.daemon.v1.ObserverEventBatch.encode(message.events, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.missedEvents != null && $Object.hasOwnProperty.call(message, "missedEvents"))
                        writer.uint32(16).uint64(message.missedEvents);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        writer.uint32(26).string(message.error);
                    if (message.stolenBy != null && $Object.hasOwnProperty.call(message, "stolenBy"))
                        writer.uint32(34).string(message.stolenBy);
                    if (message.closed != null && $Object.hasOwnProperty.call(message, "closed"))
                        writer.uint32(40).bool(message.closed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ObserverEventFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ObserverEventFrame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.events = $root.running_process.daemon.v1.ObserverEventBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.events);
                                message.frame = "events";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.missedEvents = reader.uint64();
                                message.frame = "missedEvents";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.error = reader.stringVerify();
                                message.frame = "error";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.stolenBy = reader.stringVerify();
                                message.frame = "stolenBy";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                message.closed = reader.bool();
                                message.frame = "closed";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ObserverEventFrame;
            })();

            v1.ObserverSpec = (function() {

                const ObserverSpec = function (properties) {
                    this.categories = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ObserverSpec.prototype.categories = $util.emptyArray;
                ObserverSpec.prototype.ringCapacityEvents = 0;
                ObserverSpec.prototype.backpressure = 0;

                ObserverSpec.create = function(properties) {
                    return new ObserverSpec(properties);
                };

                ObserverSpec.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.categories != null && message.categories.length)
                        writer.uint32(10).uint32s(message.categories);
                    if (message.ringCapacityEvents != null && $Object.hasOwnProperty.call(message, "ringCapacityEvents") && message.ringCapacityEvents !== 0)
                        writer.uint32(16).uint32(message.ringCapacityEvents);
                    if (message.backpressure != null && $Object.hasOwnProperty.call(message, "backpressure") && message.backpressure !== 0)
                        writer.uint32(24).int32(message.backpressure);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ObserverSpec.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ObserverSpec();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType === 2) {
                                    if (!(message.categories && message.categories.length))
                                        message.categories = [];
                                    reader.uint32s(message.categories);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.categories && message.categories.length))
                                    message.categories = [];
                                message.categories.push(reader.uint32());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ringCapacityEvents = value;
                                else
                                    delete message.ringCapacityEvents;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.backpressure = value;
                                else
                                    delete message.backpressure;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ObserverSpec;
            })();

            v1.GetObserverCapabilitiesRequest = (function() {

                const GetObserverCapabilitiesRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetObserverCapabilitiesRequest.create = function(properties) {
                    return new GetObserverCapabilitiesRequest(properties);
                };

                GetObserverCapabilitiesRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetObserverCapabilitiesRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.GetObserverCapabilitiesRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetObserverCapabilitiesRequest;
            })();

            v1.GetObserverCapabilitiesResponse = (function() {

                const GetObserverCapabilitiesResponse = function (properties) {
                    this.categories = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GetObserverCapabilitiesResponse.prototype.scope = "";
                GetObserverCapabilitiesResponse.prototype.categories = $util.emptyArray;

                GetObserverCapabilitiesResponse.create = function(properties) {
                    return new GetObserverCapabilitiesResponse(properties);
                };

                GetObserverCapabilitiesResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.scope != null && $Object.hasOwnProperty.call(message, "scope") && message.scope !== "")
                        writer.uint32(10).string(message.scope);
                    if (message.categories != null && message.categories.length)
                        for (let i = 0; i < message.categories.length; ++i)
                            $root.running_process.daemon.v1.ObserverCategoryCapability.encode(message.categories[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GetObserverCapabilitiesResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.GetObserverCapabilitiesResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.scope = value;
                                else
                                    delete message.scope;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.categories && message.categories.length))
                                    message.categories = [];
                                message.categories.push($root.running_process.daemon.v1.ObserverCategoryCapability.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetObserverCapabilitiesResponse;
            })();

            v1.ObserverCategoryCapability = (function() {

                const ObserverCategoryCapability = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ObserverCategoryCapability.prototype.category = 0;
                ObserverCategoryCapability.prototype.support = "";
                ObserverCategoryCapability.prototype.backend = "";
                ObserverCategoryCapability.prototype.reason = "";

                ObserverCategoryCapability.create = function(properties) {
                    return new ObserverCategoryCapability(properties);
                };

                ObserverCategoryCapability.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== 0)
                        writer.uint32(8).int32(message.category);
                    if (message.support != null && $Object.hasOwnProperty.call(message, "support") && message.support !== "")
                        writer.uint32(18).string(message.support);
                    if (message.backend != null && $Object.hasOwnProperty.call(message, "backend") && message.backend !== "")
                        writer.uint32(26).string(message.backend);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ObserverCategoryCapability.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ObserverCategoryCapability();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.category = value;
                                else
                                    delete message.category;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.support = value;
                                else
                                    delete message.support;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.backend = value;
                                else
                                    delete message.backend;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ObserverCategoryCapability;
            })();

            v1.AttachServiceEventsRequest = (function() {

                const AttachServiceEventsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                AttachServiceEventsRequest.prototype.target = "";
                AttachServiceEventsRequest.prototype.lifecycle = false;
                AttachServiceEventsRequest.prototype.logs = false;

                AttachServiceEventsRequest.create = function(properties) {
                    return new AttachServiceEventsRequest(properties);
                };

                AttachServiceEventsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                        writer.uint32(10).string(message.target);
                    if (message.lifecycle != null && $Object.hasOwnProperty.call(message, "lifecycle") && message.lifecycle !== false)
                        writer.uint32(16).bool(message.lifecycle);
                    if (message.logs != null && $Object.hasOwnProperty.call(message, "logs") && message.logs !== false)
                        writer.uint32(24).bool(message.logs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                AttachServiceEventsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.AttachServiceEventsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.target = value;
                                else
                                    delete message.target;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.lifecycle = value;
                                else
                                    delete message.lifecycle;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.logs = value;
                                else
                                    delete message.logs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return AttachServiceEventsRequest;
            })();

            v1.AttachServiceEventsResponse = (function() {

                const AttachServiceEventsResponse = function (properties) {
                    this.services = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                AttachServiceEventsResponse.prototype.services = $util.emptyArray;

                AttachServiceEventsResponse.create = function(properties) {
                    return new AttachServiceEventsResponse(properties);
                };

                AttachServiceEventsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.services != null && message.services.length)
                        for (let i = 0; i < message.services.length; ++i)
                            $root.running_process.daemon.v1.ServiceState.encode(message.services[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                AttachServiceEventsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.AttachServiceEventsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.services && message.services.length))
                                    message.services = [];
                                message.services.push($root.running_process.daemon.v1.ServiceState.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return AttachServiceEventsResponse;
            })();

            v1.ServiceEvent = (function() {

                const ServiceEvent = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceEvent.prototype.kind = "";
                ServiceEvent.prototype.name = "";
                ServiceEvent.prototype.id = 0;
                ServiceEvent.prototype.pid = 0;
                ServiceEvent.prototype.exitCode = 0;
                ServiceEvent.prototype.delayMs = 0;
                ServiceEvent.prototype.restartCount = 0;
                ServiceEvent.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                ServiceEvent.prototype.stream = "";
                ServiceEvent.prototype.line = "";
                ServiceEvent.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                ServiceEvent.prototype.status = "";

                ServiceEvent.create = function(properties) {
                    return new ServiceEvent(properties);
                };

                ServiceEvent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(10).string(message.kind);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(18).string(message.name);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                        writer.uint32(24).uint32(message.id);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(32).uint32(message.pid);
                    if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                        writer.uint32(40).int32(message.exitCode);
                    if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && message.delayMs !== 0)
                        writer.uint32(48).uint32(message.delayMs);
                    if (message.restartCount != null && $Object.hasOwnProperty.call(message, "restartCount") && message.restartCount !== 0)
                        writer.uint32(56).uint32(message.restartCount);
                    if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                        writer.uint32(64).uint64(message.timestampMs);
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                        writer.uint32(74).string(message.stream);
                    if (message.line != null && $Object.hasOwnProperty.call(message, "line") && message.line !== "")
                        writer.uint32(82).string(message.line);
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                        writer.uint32(88).uint64(message.sequence);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(98).string(message.status);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceEvent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceEvent();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.exitCode = value;
                                else
                                    delete message.exitCode;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.delayMs = value;
                                else
                                    delete message.delayMs;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.restartCount = value;
                                else
                                    delete message.restartCount;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timestampMs = value;
                                else
                                    delete message.timestampMs;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.line = value;
                                else
                                    delete message.line;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sequence = value;
                                else
                                    delete message.sequence;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceEvent;
            })();

            v1.ServiceEventBatch = (function() {

                const ServiceEventBatch = function (properties) {
                    this.events = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceEventBatch.prototype.events = $util.emptyArray;

                ServiceEventBatch.create = function(properties) {
                    return new ServiceEventBatch(properties);
                };

                ServiceEventBatch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.events != null && message.events.length)
                        for (let i = 0; i < message.events.length; ++i)
                            $root.running_process.daemon.v1.ServiceEvent.encode(message.events[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceEventBatch.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceEventBatch();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.events && message.events.length))
                                    message.events = [];
                                message.events.push($root.running_process.daemon.v1.ServiceEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceEventBatch;
            })();

            v1.ServiceEventFrame = (function() {

                const ServiceEventFrame = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ServiceEventFrame.prototype.events = null;
                ServiceEventFrame.prototype.missedEvents = null;
                ServiceEventFrame.prototype.error = null;
                ServiceEventFrame.prototype.closed = null;

                let $oneOfFields;

                $Object.defineProperty(ServiceEventFrame.prototype, "frame", {
                    get: $util.oneOfGetter($oneOfFields = ["events", "missedEvents", "error", "closed"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                ServiceEventFrame.create = function(properties) {
                    return new ServiceEventFrame(properties);
                };

                ServiceEventFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                        $root.running_process.daemon.v1.ServiceEventBatch.encode(message.events, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.missedEvents != null && $Object.hasOwnProperty.call(message, "missedEvents"))
                        writer.uint32(16).uint64(message.missedEvents);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        writer.uint32(26).string(message.error);
                    if (message.closed != null && $Object.hasOwnProperty.call(message, "closed"))
                        writer.uint32(32).bool(message.closed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ServiceEventFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.running_process.daemon.v1.ServiceEventFrame();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.events = $root.running_process.daemon.v1.ServiceEventBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.events);
                                message.frame = "events";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.missedEvents = reader.uint64();
                                message.frame = "missedEvents";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.error = reader.stringVerify();
                                message.frame = "error";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.closed = reader.bool();
                                message.frame = "closed";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceEventFrame;
            })();

            return v1;
        })();

        return daemon;
    })();

    return running_process;
})();

export {
  $root as default
};
