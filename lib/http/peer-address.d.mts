export declare const PEER_ADDRESS_HEADER: string;
export declare const PEER_ADDRESS_MARK: string;
