import Foundation
import Testing

@testable import PartnerMapServer
